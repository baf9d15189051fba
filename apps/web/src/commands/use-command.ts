import { useCallback } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { newCommandId } from './command-id';

/**
 * A mutation's result: `__typename` plus one CommandResult, whose `position` (the global log
 * position written) the document must select, so the refetch can ask for read-your-writes.
 */
export type CommandData = { readonly [field: string]: string | { readonly position: number } };

type Idempotent = { commandId?: string | null };

export type CommandOptions<TEnvelope> = {
  /** Operation names of the queries that show what the command changes; only active ones are refetched. */
  readonly refetch: readonly string[];
  /** Input fields the page, not the form, fills in: the target's id and the revision the user read. */
  readonly envelope?: TEnvelope;
};

export type SendCommand<TData, TInput, TEnvelope> = (fields: Omit<TInput, 'commandId' | keyof TEnvelope>) => Promise<TData>;

function writtenPosition(data: CommandData): number | undefined {
  for (const value of Object.values(data)) if (typeof value === 'object') return value.position;
  return undefined;
}

/**
 * The one way the web app sends a command: a fresh command id on every send, the envelope (with
 * an `expectedRevision`, a concurrent edit is refused, not overwritten), then the `refetch`
 * queries read again — on success with `minPosition` = the position written, so the screen
 * already holds this write; on CONCURRENCY_CONFLICT so the user sees what changed before retrying.
 *
 * @example
 * const [addNote] = useCommand(AddCaseNoteMutation, { refetch: ['CasePage'], envelope: { caseId, expectedRevision } });
 * await addNote({ text });
 */
export function useCommand<TData extends CommandData, TInput extends Idempotent, TEnvelope extends object = Record<never, never>>(
  document: TypedDocumentNode<TData, { input: TInput }>,
  { refetch, envelope }: CommandOptions<TEnvelope>,
): readonly [SendCommand<TData, TInput, TEnvelope>, { readonly loading: boolean }] {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(document);
  // The envelope is usually a fresh literal: depend on its values, not its identity.
  const envelopeKey = JSON.stringify(envelope ?? {});
  const send = useCallback(
    async (fields: Omit<TInput, 'commandId' | keyof TEnvelope>): Promise<TData> => {
      const input = { ...fields, ...envelope, commandId: newCommandId() } as unknown as TInput;
      let data: TData;
      try {
        const result = await mutate({ variables: { input } } as Parameters<typeof mutate>[0]);
        if (result.data === undefined || result.data === null) throw new Error('Mutation returned no data');
        data = result.data as TData;
      } catch (error) {
        if (readApiError(error).code === 'CONCURRENCY_CONFLICT') await refetchQuietly(() => client.refetchQueries({ include: [...refetch] }));
        throw error;
      }
      const minPosition = writtenPosition(data);
      await refetchQuietly(() =>
        client.refetchQueries({
          include: [...refetch],
          onQueryUpdated: (query) => query.refetch(minPosition === undefined ? undefined : { minPosition }),
        }),
      );
      return data;
    },
    [client, mutate, refetch, envelopeKey],
  );
  return [send, { loading }] as const;
}

/**
 * After a write, failing the form would invite a duplicate: a refetch that fails only warns, and
 * the screen shows the refetch's own error (e.g. READ_MODEL_LAG) over the data it already has.
 */
async function refetchQuietly(refetch: () => Promise<unknown>): Promise<void> {
  try {
    await refetch();
  } catch (error) {
    console.warn(`Refetch after the command failed: ${readApiError(error).code}`);
  }
}
