import type { CaseRef } from '../case-commands/case-ref';
import { useCaseCommand } from '../case-commands/use-case-command';
import { graphql } from '../gql';

const ExitCaseMutation = graphql(`
  mutation ExitCase($input: ExitCaseInput!) {
    exitCase(input: $input) {
      id
      revision
      position
    }
  }
`);

/** Exits the case with a reason code (another child, adoption, death, moved away). */
export function useExitCaseMutation(caseRef: CaseRef) {
  return useCaseCommand(ExitCaseMutation, caseRef);
}
