import { useCallback } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { newCommandId } from '../case-commands/case-ref';
import { readApiError } from '../errors/api-error';

/** What every command on an application needs from its page: the id and the revision read. */
export type ApplicationRef = { readonly id: string; readonly revision: number };

/**
 * The queries that show an application, by operation name: its page, the list and a family's tab.
 * Only the active ones are refetched, so naming one that is not on screen costs nothing.
 */
export const SUBSIDY_QUERIES = ['SubsidyPage', 'SubsidyList', 'CaseSubsidies'];

type Envelope = { applicationId: string; commandId?: string | null; expectedRevision?: number | null };
type CommandData = { readonly [field: string]: string | { readonly position: number } };

function writtenPosition(data: CommandData): number | undefined {
  for (const value of Object.values(data)) if (typeof value === 'object') return value.position;
  return undefined;
}

/**
 * Sends one command on an application with a fresh command id and the revision the user was looking
 * at (a concurrent review is refused, not overwritten), then refetches what shows the application
 * with `minPosition` = the position written, so the page already holds this write. On
 * CONCURRENCY_CONFLICT the page is refetched so the user sees what changed before retrying.
 */
export function useSubsidyCommand<TData extends CommandData, TInput extends Envelope>(
  document: TypedDocumentNode<TData, { input: TInput }>,
  application: ApplicationRef,
): readonly [(fields: Omit<TInput, keyof Envelope>) => Promise<TData>, { readonly loading: boolean }] {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(document);
  const send = useCallback(
    async (fields: Omit<TInput, keyof Envelope>): Promise<TData> => {
      const input = {
        ...fields,
        applicationId: application.id,
        commandId: newCommandId(),
        expectedRevision: application.revision,
      } as TInput;
      let data: TData;
      try {
        const result = await mutate({ variables: { input } } as Parameters<typeof mutate>[0]);
        if (result.data === undefined || result.data === null) throw new Error('Mutation returned no data');
        data = result.data as TData;
      } catch (error) {
        if (readApiError(error).code === 'CONCURRENCY_CONFLICT') await client.refetchQueries({ include: SUBSIDY_QUERIES });
        throw error;
      }
      const minPosition = writtenPosition(data);
      try {
        await client.refetchQueries({
          include: SUBSIDY_QUERIES,
          onQueryUpdated: (query) => query.refetch(minPosition === undefined ? undefined : { minPosition }),
        });
      } catch (error) {
        // The command is written: failing the form would invite a duplicate. The page shows the
        // refetch's error (e.g. READ_MODEL_LAG) itself, over the data it already has.
        console.warn(`Refetch after the command failed: ${readApiError(error).code}`);
      }
      return data;
    },
    [client, mutate, application.id, application.revision],
  );
  return [send, { loading }] as const;
}
