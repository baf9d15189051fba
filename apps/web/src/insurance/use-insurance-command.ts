import type { TypedDocumentNode } from '@apollo/client';
import { useCommand, type CommandData } from '../commands/use-command';
import { INSURANCE_QUERIES } from './insurance.queries';

/** An insurance command; the insurance screens on view are refetched with the position written. */
export function useInsuranceCommand<TData extends CommandData, TInput extends { commandId?: string | null }>(
  document: TypedDocumentNode<TData, { input: TInput }>,
) {
  return useCommand(document, { refetch: INSURANCE_QUERIES });
}
