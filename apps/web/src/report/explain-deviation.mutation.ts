import { useCommand } from '../commands/use-command';
import { graphql } from '../gql';
import { FUNDS_QUERIES } from '../funds/funds.queries';

export const ExplainTargetDeviationMutation = graphql(`
  mutation ExplainTargetDeviation($input: ExplainTargetDeviationInput!) {
    explainTargetDeviation(input: $input) {
      id
      position
    }
  }
`);

/** 偏差原因: the report (and the funds pages' targets, if on view) read again at the position written. */
export const useExplainTargetDeviation = () => useCommand(ExplainTargetDeviationMutation, { refetch: ['AnnualReportPage', ...FUNDS_QUERIES] });
