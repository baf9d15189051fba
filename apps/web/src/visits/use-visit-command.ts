import { useCallback } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { CASE_PAGE_QUERY, newCommandId } from '../case-commands/case-ref';
import { readApiError } from '../errors/api-error';

type Result = { readonly id: string; readonly position: number };

/** Queries showing visits and activities: refetched after every command, reading our own write. */
export const VISIT_QUERIES = ['Visits', 'Activities', 'CaseVisitRecords', 'VisitFunds', CASE_PAGE_QUERY];

/**
 * One visit/activity command: a fresh command id on every send, then the lists (and the case
 * page, whose timeline shows the record) refetched with `minPosition` = the position written.
 */
export function useVisitCommand<TData extends Record<string, unknown>, TInput extends object>(
  document: TypedDocumentNode<TData, { input: TInput }>,
  field: keyof TData & string,
): (input: Omit<TInput, 'commandId'>) => Promise<Result> {
  const client = useApolloClient();
  const [mutate] = useMutation(document);
  return useCallback(
    async (input) => {
      const { data } = await mutate({ variables: { input: { ...input, commandId: newCommandId() } as TInput } } as Parameters<typeof mutate>[0]);
      const result = (data as Record<string, Result> | undefined)?.[field];
      if (!result) throw new Error('Mutation returned no data');
      try {
        await client.refetchQueries({
          include: VISIT_QUERIES,
          onQueryUpdated: (query) => query.refetch({ minPosition: result.position }),
        });
      } catch (error) {
        // Written already: failing the form would invite a duplicate; the list shows its own error.
        console.warn(`Refetch after the command failed: ${readApiError(error).code}`);
      }
      return result;
    },
    [client, mutate, field],
  );
}
