import { useCallback } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { CASE_PAGE_QUERY, newCommandId, type CaseRef } from './case-ref';

/** Fields every case command input carries that the client, not the form, fills in. */
type Envelope = { caseId: string; commandId?: string | null; expectedRevision?: number | null };

/**
 * The shared plumbing of the case `useXMutation` hooks: every command names the case, carries a
 * fresh command id and the revision the user was looking at (so a concurrent edit is refused, not
 * overwritten), and the case is refetched afterwards — on success to show the new state, on
 * CONCURRENCY_CONFLICT so the user sees what changed before retrying.
 */
export function useCaseCommand<TData, TInput extends Envelope>(
  document: TypedDocumentNode<TData, { input: TInput }>,
  caseRef: CaseRef,
): readonly [(fields: Omit<TInput, keyof Envelope>) => Promise<TData>, { readonly loading: boolean }] {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(document, {
    refetchQueries: [CASE_PAGE_QUERY],
    awaitRefetchQueries: true,
  });
  const send = useCallback(
    async (fields: Omit<TInput, keyof Envelope>): Promise<TData> => {
      const input = { ...fields, caseId: caseRef.id, commandId: newCommandId(), expectedRevision: caseRef.revision } as TInput;
      try {
        const result = await mutate({ variables: { input } } as Parameters<typeof mutate>[0]);
        if (result.data === undefined || result.data === null) throw new Error('Mutation returned no data');
        return result.data as TData;
      } catch (error) {
        if (readApiError(error).code === 'CONCURRENCY_CONFLICT') await client.refetchQueries({ include: [CASE_PAGE_QUERY] });
        throw error;
      }
    },
    [client, mutate, caseRef.id, caseRef.revision],
  );
  return [send, { loading }] as const;
}
