import type { CaseRef } from '../case-commands/case-ref';
import { useCaseCommand } from '../case-commands/use-case-command';
import { graphql } from '../gql';

const AssignContactMutation = graphql(`
  mutation AssignContact($input: AssignContactInput!) {
    assignContact(input: $input) {
      id
      revision
      position
    }
  }
`);

/** Assigns the township or village contact (双岗联系人), replacing the previous one of that role. */
export function useAssignContactMutation(caseRef: CaseRef) {
  return useCaseCommand(AssignContactMutation, caseRef);
}
