import type { CaseRef } from '../case-commands/case-ref';
import { useCaseCommand } from '../case-commands/use-case-command';
import { graphql } from '../gql';

const CorrectMemberDetailsMutation = graphql(`
  mutation CorrectMemberDetails($input: CorrectMemberDetailsInput!) {
    correctMemberDetails(input: $input) {
      id
      revision
      position
    }
  }
`);

/** Corrects a member's details; only changed fields are sent, with the required reason. */
export function useCorrectMemberDetailsMutation(caseRef: CaseRef) {
  return useCaseCommand(CorrectMemberDetailsMutation, caseRef);
}
