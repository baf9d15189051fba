import type { CaseRef } from '../case-commands/case-ref';
import { useCaseCommand } from '../case-commands/use-case-command';
import { graphql } from '../gql';

const ReopenCaseMutation = graphql(`
  mutation ReopenCase($input: ReopenCaseInput!) {
    reopenCase(input: $input) {
      id
      revision
      position
    }
  }
`);

/** Reopens an exited case; the reason is required and kept in the audit trail. */
export function useReopenCaseMutation(caseRef: CaseRef) {
  return useCaseCommand(ReopenCaseMutation, caseRef);
}
