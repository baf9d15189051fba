import type { CaseRef } from '../case-commands/case-ref';
import { useCaseCommand } from '../case-commands/use-case-command';
import { graphql } from '../gql';

export const AddCaseNoteMutation = graphql(`
  mutation AddCaseNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      id
      createdId
      revision
      position
    }
  }
`);

/** Adds a free-text note to the case; it appears on the timeline once the case is refetched. */
export function useAddCaseNoteMutation(caseRef: CaseRef) {
  return useCaseCommand(AddCaseNoteMutation, caseRef);
}
