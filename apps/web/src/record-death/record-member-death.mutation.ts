import type { CaseRef } from '../case-commands/case-ref';
import { useCaseCommand } from '../case-commands/use-case-command';
import { graphql } from '../gql';

const RecordMemberDeathMutation = graphql(`
  mutation RecordMemberDeath($input: RecordMemberDeathInput!) {
    recordMemberDeath(input: $input) {
      id
      revision
      position
    }
  }
`);

/** Records a member's death on the given civil date. */
export function useRecordMemberDeathMutation(caseRef: CaseRef) {
  return useCaseCommand(RecordMemberDeathMutation, caseRef);
}
