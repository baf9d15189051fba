import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';

export const ResumeProjectionMutation = graphql(`
  mutation ResumeProjection($name: String!) {
    resumeProjection(name: $name) {
      name
      ...ProjectionsTable_projection
    }
  }
`);

/**
 * Restarts a failed projection from its failed event (after the fix is deployed). The answer
 * updates its row in the cache (ProjectionHealth is keyed by name); the list is then read again
 * because the others' positions moved meanwhile.
 */
export function useResumeProjectionMutation() {
  const [mutate, { loading }] = useMutation(ResumeProjectionMutation, { refetchQueries: ['Projections'] });
  const resume = async (name: string) => {
    const result = await mutate({ variables: { name } });
    if (!result.data) throw new Error('resumeProjection returned no data');
    return result.data.resumeProjection;
  };
  return [resume, { loading }] as const;
}
