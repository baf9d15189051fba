import type { EventStore } from '@careledger/event-store';
import { EVENT_STORE } from '../infrastructure/tokens';
import type { TestApp } from '../testing/test-app';

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

export const ALLOCATION: Input = {
  year: 2023,
  code: 'care-action',
  name: '生育关怀行动专项经费',
  purpose: '计生特殊家庭走访慰问、集中活动',
  amountFen: 7_000_000,
  allocatedOn: '2023-01-10',
};

export const INPUT_TYPES: Readonly<Record<string, string>> = {
  allocateBudget: 'AllocateBudgetInput',
  receiveFunds: 'ReceiveFundsInput',
  recordExpenditure: 'RecordExpenditureInput',
  reverseExpenditure: 'ReverseExpenditureInput',
  adjustAllocation: 'AdjustAllocationInput',
  setPerformanceTarget: 'SetPerformanceTargetInput',
  revisePerformanceTarget: 'RevisePerformanceTargetInput',
  withdrawPerformanceTarget: 'WithdrawPerformanceTargetInput',
};

export interface Result {
  readonly id: string;
  readonly createdId: string | null;
  readonly revision: number;
  readonly position: number;
}

/** Sends a mutation; returns the result or the first error's code and details. */
export async function send(app: TestApp, name: string, input: Input) {
  const res = await app.gql(
    `mutation($input: ${INPUT_TYPES[name]}!) { ${name}(input: $input) { id createdId revision position } }`,
    { input },
  );
  const error = res.errors?.[0];
  return {
    result: (res.data?.[name] ?? null) as Result | null,
    code: error?.extensions?.code ?? null,
    field: (error?.extensions?.details?.['field'] as string | undefined) ?? null,
  };
}

/** Sends a mutation that must succeed. */
export async function ok(app: TestApp, name: string, input: Input): Promise<Result> {
  const { result, code } = await send(app, name, input);
  if (!result) throw new Error(`${name} failed with ${String(code)}`);
  return result;
}

export async function fundOf(app: TestApp, id: string) {
  const res = await app.gql(FUND, { id });
  return res.data?.['fund'] as Record<string, unknown> | null;
}

/** The number of events in the log (the store's head position). */
export async function head(app: TestApp): Promise<number> {
  return (await app.running.app.get<EventStore>(EVENT_STORE, { strict: false }).head()).position;
}
