import type { CaseRef } from '../case-commands/case-ref';
import { useCaseCommand } from '../case-commands/use-case-command';
import { graphql } from '../gql';

export const RegisterMemberMutation = graphql(`
  mutation RegisterMember($input: RegisterMemberInput!) {
    registerMember(input: $input) {
      id
      createdId
      revision
      position
    }
  }
`);

/** Registers a family member on the case; the case page is refetched to show the new row and event. */
export function useRegisterMemberMutation(caseRef: CaseRef) {
  return useCaseCommand(RegisterMemberMutation, caseRef);
}
