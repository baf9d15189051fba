import type { TypedDocumentNode } from '@apollo/client';
import { useCommand, type CommandData } from '../commands/use-command';
import { CASE_PAGE_QUERY, type CaseRef } from './case-ref';

const CASE_QUERIES = [CASE_PAGE_QUERY];

/** A command on the case the page shows: it names the case and the revision read, and refetches the page. */
export function useCaseCommand<TData extends CommandData, TInput extends { caseId: string; commandId?: string | null; expectedRevision?: number | null }>(
  document: TypedDocumentNode<TData, { input: TInput }>,
  caseRef: CaseRef,
) {
  return useCommand(document, {
    refetch: CASE_QUERIES,
    envelope: { caseId: caseRef.id, expectedRevision: caseRef.revision },
  });
}
