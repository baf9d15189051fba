import type { EventStore } from '@careledger/event-store';
import { demoIdNumber } from '../demo/demo-data';
import { EVENT_STORE } from '../infrastructure/tokens';
import { runMutation, type MutationResult } from '../testing/run-mutation';
import type { TestApp } from '../testing/test-app';

/** Test helpers of the insurance e2e specs: a family opened through the API, the 2023 policy. */
export interface TestFamily {
  readonly caseId: string;
  readonly personIds: readonly string[];
}

let sequence = 100;

export async function openFamily(app: TestApp, township = 'CY', names: readonly string[] = ['张建国', '李秀英']): Promise<TestFamily> {
  const { id: caseId } = await runMutation(app, 'openCase', {
    category: 'BEREAVED',
    township,
    village: '城南社区',
    address: '3组12号',
    openedOn: '2021-03-15',
  });
  const personIds: string[] = [];
  for (const [i, name] of names.entries()) {
    sequence += 2;
    const birthDate = `196${i}-04-12`;
    const { createdId } = await runMutation(app, 'registerMember', {
      caseId,
      name,
      idNumber: demoIdNumber(birthDate, sequence),
      relation: i === 0 ? 'HEAD' : 'SPOUSE',
      birthDate,
    });
    personIds.push(createdId!);
  }
  return { caseId, personIds };
}

export const POLICY_2023 = {
  year: 2023,
  insurer: '中国人寿',
  product: '计生特殊家庭团体意外及住院医疗保险',
  premiumPerPersonFen: 10000,
  coverageFrom: '2023-01-01',
  coverageTo: '2023-12-31',
  purchasedOn: '2022-12-20',
} as const;

export const purchase = (app: TestApp, overrides: Record<string, unknown> = {}): Promise<MutationResult> =>
  runMutation(app, 'purchasePolicy', { ...POLICY_2023, ...overrides });

export const enrol = (app: TestApp, caseId: string, personId: string, overrides: Record<string, unknown> = {}): Promise<MutationResult> =>
  runMutation(app, 'enrolMember', { year: 2023, caseId, personId, enrolledOn: '2022-12-28', coverageFrom: '2023-01-01', ...overrides });

export const report = (app: TestApp, caseId: string, personId: string, overrides: Record<string, unknown> = {}): Promise<MutationResult> =>
  runMutation(app, 'reportClaim', {
    caseId,
    personId,
    eventType: 'HOSPITALISATION',
    eventOn: '2023-05-08',
    reportedOn: '2023-05-10',
    description: '因肺炎住院治疗',
    ...overrides,
  });

/** Sends a mutation expected to fail; returns its error code and details. */
export async function refused(app: TestApp, name: string, input: Record<string, unknown>) {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const res = await app.gql(`mutation($input: ${inputType}!) { ${name}(input: $input) { revision } }`, { input });
  if (!res.errors) throw new Error(`${name} was expected to fail`);
  const [error] = res.errors;
  return { code: error?.extensions?.code, details: error?.extensions?.details ?? {} };
}

/** The log's head: a refused command must not move it. */
export async function logHead(app: TestApp): Promise<number> {
  return (await app.running.app.get<EventStore>(EVENT_STORE).head()).position;
}
