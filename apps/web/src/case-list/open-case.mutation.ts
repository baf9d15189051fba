import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { newCommandId } from '../commands/command-id';
import { CasePageQuery } from '../case-page/CasePage';
import { graphql } from '../gql';
import type { OpenCaseInput } from '../gql/graphql';

const OpenCaseMutation = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      id
      revision
      position
    }
  }
`);

export type OpenCaseFields = Omit<OpenCaseInput, 'caseId' | 'commandId'>;

/**
 * Opens a case file and returns its id. Every cached page of the case list is dropped, not patched.
 * The new case is read once with `minPosition` before the caller shows it, so its page never finds
 * a read model that has not applied the opening yet.
 */
export function useOpenCaseMutation() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(OpenCaseMutation, {
    update(cache) {
      // The new case's place in a filtered, sorted, paged list is the server's to decide.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'cases' });
      cache.gc();
    },
  });
  const openCase = useCallback(
    async (fields: OpenCaseFields): Promise<string> => {
      const result = await mutate({ variables: { input: { ...fields, commandId: newCommandId() } } });
      if (!result.data) throw new Error('openCase returned no data');
      const { id, position } = result.data.openCase;
      try {
        await client.query({ query: CasePageQuery, variables: { id, asOf: null, minPosition: position }, fetchPolicy: 'network-only' });
      } catch (error) {
        // The case is opened either way; its page retries and explains a lag itself.
        console.warn('Could not preload the new case', error);
      }
      return id;
    },
    [client, mutate],
  );
  return [openCase, { loading }] as const;
}
