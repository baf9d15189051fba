import { useCallback } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { newCommandId } from '../case-commands/case-ref';
import { readApiError } from '../errors/api-error';
import { FUNDS_QUERIES } from './funds.queries';

type CommandData = { readonly [field: string]: string | { readonly position: number } };

function writtenPosition(data: CommandData): number | undefined {
  for (const value of Object.values(data)) if (typeof value === 'object') return value.position;
  return undefined;
}

/**
 * Sends one fund or target command with a fresh command id, then refetches the funds screens
 * with `minPosition` = the position written, so they already show the write.
 */
export function useFundCommand<TData extends CommandData, TInput extends { commandId?: string | null }>(
  document: TypedDocumentNode<TData, { input: TInput }>,
): readonly [(input: Omit<TInput, 'commandId'>) => Promise<TData>, { readonly loading: boolean }] {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(document);
  const send = useCallback(
    async (fields: Omit<TInput, 'commandId'>): Promise<TData> => {
      const input = { ...fields, commandId: newCommandId() } as TInput;
      const result = await mutate({ variables: { input } } as Parameters<typeof mutate>[0]);
      if (result.data === undefined || result.data === null) throw new Error('Mutation returned no data');
      const data = result.data as TData;
      const minPosition = writtenPosition(data);
      try {
        await client.refetchQueries({
          include: [...FUNDS_QUERIES],
          onQueryUpdated: (query) => query.refetch(minPosition === undefined ? undefined : { minPosition }),
        });
      } catch (error) {
        // The command is written; the page shows the refetch's own error over what it has.
        console.warn(`Refetch after the command failed: ${readApiError(error).code}`);
      }
      return data;
    },
    [client, mutate],
  );
  return [send, { loading }] as const;
}
