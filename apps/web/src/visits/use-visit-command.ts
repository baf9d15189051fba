import type { TypedDocumentNode } from '@apollo/client';
import { CASE_PAGE_QUERY } from '../case-commands/case-ref';
import { useCommand, type CommandData } from '../commands/use-command';

/** Queries showing visits and activities, and the case page whose timeline shows the record. */
export const VISIT_QUERIES = ['Visits', 'Activities', 'VisitFunds', CASE_PAGE_QUERY];

/** A visit or activity command; the lists on view are refetched with the position written. */
export function useVisitCommand<TData extends CommandData, TInput extends { commandId?: string | null }>(document: TypedDocumentNode<TData, { input: TInput }>) {
  return useCommand(document, { refetch: VISIT_QUERIES });
}
