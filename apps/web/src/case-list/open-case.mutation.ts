import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { newCommandId } from '../case-commands/case-ref';
import { graphql } from '../gql';
import type { OpenCaseInput } from '../gql/graphql';

const OpenCaseMutation = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      id
      revision
    }
  }
`);

export type OpenCaseFields = Omit<OpenCaseInput, 'caseId' | 'commandId'>;

/** Opens a case file and returns its id. Every cached page of the case list is dropped, not patched. */
export function useOpenCaseMutation() {
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
      return result.data.openCase.id;
    },
    [mutate],
  );
  return [openCase, { loading }] as const;
}
