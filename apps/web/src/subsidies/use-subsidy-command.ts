import type { TypedDocumentNode } from '@apollo/client';
import { useCommand, type CommandData } from '../commands/use-command';

/** What every command on an application needs from its page: the id and the revision read. */
export type ApplicationRef = { readonly id: string; readonly revision: number };

/**
 * The queries that show an application, by operation name: its page, the list and a family's tab.
 * Only the active ones are refetched, so naming one that is not on screen costs nothing.
 */
export const SUBSIDY_QUERIES = ['SubsidyPage', 'SubsidyList', 'CaseSubsidies'];

type Envelope = { applicationId: string; commandId?: string | null; expectedRevision?: number | null };

/** A command on the application the page shows, carrying the revision the user reviewed. */
export function useSubsidyCommand<TData extends CommandData, TInput extends Envelope>(
  document: TypedDocumentNode<TData, { input: TInput }>,
  application: ApplicationRef,
) {
  return useCommand(document, {
    refetch: SUBSIDY_QUERIES,
    envelope: { applicationId: application.id, expectedRevision: application.revision },
  });
}
