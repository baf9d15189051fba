import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { newCommandId } from '../case-commands/case-ref';
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
  const [mutate, { loading }] = useMutation(ApplyForSubsidyMutation);
  const apply = useCallback(
    async (fields: ApplyForSubsidyFields): Promise<string> => {
      const result = await mutate({ variables: { input: { ...fields, commandId: newCommandId() } } });
      if (!result.data) throw new Error('applyForSubsidy returned no data');
      const { id, position } = result.data.applyForSubsidy;
      try {
        await client.refetchQueries({ include: SUBSIDY_QUERIES, onQueryUpdated: (query) => query.refetch({ minPosition: position }) });
        await client.query({ query: SubsidyPageQuery, variables: { id, minPosition: position }, fetchPolicy: 'network-only' });
      } catch (error) {
        // The application is recorded either way; the screens explain a lag themselves.
        console.warn(`Refetch after applying failed: ${readApiError(error).code}`);
      }
      return id;
    },
    [client, mutate],
  );
  return [apply, { loading }] as const;
}
