import type { CaseRef } from '../case-commands/case-ref';
import { useCaseCommand } from '../case-commands/use-case-command';
import { graphql } from '../gql';

const ChangeCaseCategoryMutation = graphql(`
  mutation ChangeCaseCategory($input: ChangeCaseCategoryInput!) {
    changeCaseCategory(input: $input) {
      id
      revision
      position
    }
  }
`);

/** Changes the case category; the reason is required and kept in the audit trail. */
export function useChangeCaseCategoryMutation(caseRef: CaseRef) {
  return useCaseCommand(ChangeCaseCategoryMutation, caseRef);
}
