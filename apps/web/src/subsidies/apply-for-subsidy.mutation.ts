import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useCommand } from '../commands/use-command';
import { readApiError } from '../errors/api-error';
import { graphql } from '../gql';
import type { ApplyForSubsidyInput } from '../gql/graphql';
import { SubsidyPageQuery } from './SubsidyPage';
import { SUBSIDY_QUERIES } from './use-subsidy-command';

export const ApplyForSubsidyMutation = graphql(`
  mutation ApplyForSubsidy($input: ApplyForSubsidyInput!) {
    applyForSubsidy(input: $input) {
      id
      createdId
      revision
      position
    }
  }
`);

export type ApplyForSubsidyFields = Omit<ApplyForSubsidyInput, 'applicationId' | 'commandId' | 'expectedRevision' | 'businessDate'>;

/**
 * Applies and returns the new application's id. The lists and the family's tab showing
 * applications are refetched, and the new application read once, with `minPosition`, so the page
 * the caller opens next never finds a read model that has not applied it yet.
 */
export function useApplyForSubsidyMutation() {
  const client = useApolloClient();
  const [send, { loading }] = useCommand(ApplyForSubsidyMutation, { refetch: SUBSIDY_QUERIES });
  const apply = useCallback(
    async (fields: ApplyForSubsidyFields): Promise<string> => {
      const { id, position } = (await send(fields)).applyForSubsidy;
      try {
        await client.query({ query: SubsidyPageQuery, variables: { id, minPosition: position }, fetchPolicy: 'network-only' });
      } catch (error) {
        // The application is recorded either way; its page explains a lag itself.
        console.warn(`Preloading the new application failed: ${readApiError(error).code}`);
      }
      return id;
    },
    [client, send],
  );
  return [apply, { loading }] as const;
}
