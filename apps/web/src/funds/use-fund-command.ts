import type { TypedDocumentNode } from '@apollo/client';
import { useCommand, type CommandData } from '../commands/use-command';
import { FUNDS_QUERIES } from './funds.queries';

/** A fund or target command; the funds screens on view are refetched with the position written. */
export function useFundCommand<TData extends CommandData, TInput extends { commandId?: string | null }>(document: TypedDocumentNode<TData, { input: TInput }>) {
  return useCommand(document, { refetch: FUNDS_QUERIES });
}
