import { useCallback } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { CASE_PAGE_QUERY, newCommandId, type CaseRef } from './case-ref';

/** Fields every case command input carries that the client, not the form, fills in. */
type Envelope = { caseId: string; commandId?: string | null; expectedRevision?: number | null };

/**
 * A mutation's result: `__typename` plus one CommandResult, whose `position` (the global log
 * position written) the document must select, so the refetch can ask for read-your-writes.
 */
type CommandData = { readonly [field: string]: string | { readonly position: number } };

function writtenPosition(data: CommandData): number | undefined {
  for (const value of Object.values(data)) if (typeof value === 'object') return value.position;
  return undefined;
}

/**
 * The shared plumbing of the case `useXMutation` hooks: every command names the case, carries a
 * fresh command id and the revision the user was looking at (so a concurrent edit is refused, not
 * overwritten), and the case is refetched afterwards — on success with `minPosition` set to the
 * position written, so the read model the page reads already holds this write (never stale); on
 * CONCURRENCY_CONFLICT so the user sees what changed before retrying.
 */
export function useCaseCommand<TData extends CommandData, TInput extends Envelope>(
  document: TypedDocumentNode<TData, { input: TInput }>,
  caseRef: CaseRef,
): readonly [(fields: Omit<TInput, keyof Envelope>) => Promise<TData>, { readonly loading: boolean }] {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(document);
  const send = useCallback(
    async (fields: Omit<TInput, keyof Envelope>): Promise<TData> => {
      const input = { ...fields, caseId: caseRef.id, commandId: newCommandId(), expectedRevision: caseRef.revision } as TInput;
      let data: TData;
      try {
        const result = await mutate({ variables: { input } } as Parameters<typeof mutate>[0]);
        if (result.data === undefined || result.data === null) throw new Error('Mutation returned no data');
        data = result.data as TData;
      } catch (error) {
        if (readApiError(error).code === 'CONCURRENCY_CONFLICT') await client.refetchQueries({ include: [CASE_PAGE_QUERY] });
        throw error;
      }
      const minPosition = writtenPosition(data);
      try {
        await client.refetchQueries({
          include: [CASE_PAGE_QUERY],
          onQueryUpdated: (query) => query.refetch(minPosition === undefined ? undefined : { minPosition }),
        });
      } catch (error) {
        // The command is written: failing the form would invite a duplicate. The page shows the
        // refetch's error (e.g. READ_MODEL_LAG) itself, over the data it already has.
        console.warn(`Refetch after the command failed: ${readApiError(error).code}`);
      }
      return data;
    },
    [client, mutate, caseRef.id, caseRef.revision],
  );
  return [send, { loading }] as const;
}
