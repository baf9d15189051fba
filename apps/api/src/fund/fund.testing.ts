import { SEED_REPORT_2023_TARGETS } from '@careledger/seed-report';
import type { TestApp } from '../testing/test-app';

export { logHead as head, runMutation as ok, tryMutation as send } from '../testing/run-mutation';

/** GraphQL documents and helpers shared by the fund e2e specs (test code only). */
export const FUND_FIELDS = 'id year code name purpose allocatedFen receivedFen spentFen remainingFen revision';
export const FUND = `query($id: ID!) { fund(id: $id) { ${FUND_FIELDS} } }`;
export const LEDGER = `query($id: ID!, $first: Int, $after: String, $category: ExpenditureCategory, $dateFrom: String, $dateTo: String) {
  fund(id: $id) { id ledger(first: $first, after: $after, category: $category, dateFrom: $dateFrom, dateTo: $dateTo) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind date entryId amountFen category description source reason reversed
      runningRemainingFen runningBalanceFen actorName linked { streamId kind recordId } } }
  } } }`;

export type Input = Record<string, unknown>;

/** The seed report's first 2023 indicator, as a setPerformanceTarget input. */
export const SUBSIDY_TARGET_2023: Input = { year: 2023, ...SEED_REPORT_2023_TARGETS.find((t) => t.indicatorId === 'nursing-subsidy-amount')! };

export const ALLOCATION: Input = {
  year: 2023,
  code: 'care-action',
  name: '生育关怀行动专项经费',
  purpose: '计生特殊家庭走访慰问、集中活动',
  amountFen: 7_000_000,
  allocatedOn: '2023-01-10',
};

export async function fundOf(app: TestApp, id: string) {
  const res = await app.gql(FUND, { id });
  return res.data?.['fund'] as Record<string, unknown> | null;
}

