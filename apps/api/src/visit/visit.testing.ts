import Database from 'better-sqlite3';
import path from 'node:path';
import { demoIdNumber } from '../demo/demo-data';
import { runMutation } from '../testing/run-mutation';
import type { TestApp } from '../testing/test-app';

/** Helpers shared by the visit e2e specs (test code only): real mutations on a real server. */

export type Input = Record<string, unknown>;
export const FUND_ID = '2023-care-action';

export const VISIT_FIELDS = `id visitType visitedOn township townshipName visitors caseIds
  personsReached { caseId personId name } personsReachedCount caseCount needsFound followUp { action dueOn }
  cashAidFen fundId goods { description quantity valueFen } goodsValueFen status voidReason amendmentCount revision recordedBy`;
export const VISIT = `query($id: ID!) { visit(id: $id) { ${VISIT_FIELDS} } }`;
export const FUND = `query($id: ID!) { fund(id: $id) { id allocatedFen spentFen remainingFen revision } }`;

let sequence = 100;

/** Opens a case in `township` with `members` registered; returns its id and person ids. */
export async function openFamily(app: TestApp, township = 'CY', members = 2): Promise<{ caseId: string; personIds: string[] }> {
  const opened = await runMutation(app, 'openCase', {
    category: 'BEREAVED',
    township,
    village: '城南社区',
    address: '3组12号',
    openedOn: '2023-01-05',
  });
  const personIds: string[] = [];
  for (let i = 0; i < members; i += 1) {
    sequence += 1;
    const birthDate = i === 0 ? '1958-04-12' : '1961-09-30';
    const reg = await runMutation(app, 'registerMember', {
      caseId: opened.id,
      name: i === 0 ? '张建国' : '李秀英',
      idNumber: demoIdNumber(birthDate, sequence),
      relation: i === 0 ? 'HEAD' : 'SPOUSE',
      birthDate,
    });
    personIds.push(reg.createdId!);
  }
  return { caseId: opened.id, personIds };
}

/** Allocates the 2023 care-action fund through the funds API (the contract's allocateBudget). */
export async function allocateFund(app: TestApp, amountFen: number, code = 'care-action'): Promise<string> {
  const result = await runMutation(app, 'allocateBudget', {
    year: 2023,
    code,
    name: '生育关怀行动专项经费',
    purpose: '计生特殊家庭走访慰问',
    amountFen,
    allocatedOn: '2023-01-10',
  });
  return result.id;
}

export const visitInput = (caseId: string, personIds: readonly string[], over: Input = {}): Input => ({
  visitType: 'HOLIDAY',
  visitedOn: '2023-09-28',
  township: 'CY',
  visitors: ['刘芳', '王村长'],
  caseIds: [caseId],
  personsReached: personIds.map((personId) => ({ caseId, personId })),
  needsFound: ['老人腿脚不便，需要助行器'],
  followUp: { action: '联系民政申请助行器', dueOn: '2023-10-15' },
  cashAidFen: 0,
  fundId: null,
  goods: [{ description: '月饼', quantity: 2, valueFen: 8_800 }],
  ...over,
});

export type Written = { readonly id: string; readonly createdId: string | null; readonly revision: number; readonly position: number };

/** Runs a visit/activity mutation; returns the data or the first error's code and details. */
export async function send(app: TestApp, name: string, input: Input): Promise<{ data?: Written; code?: string; details?: Record<string, unknown> }> {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const res = await app.gql(`mutation($input: ${type}!) { ${name}(input: $input) { id createdId revision position } }`, { input });
  const error = res.errors?.[0];
  if (error) return { code: error.extensions?.code, details: error.extensions?.details };
  return { data: res.data![name] as Written };
}

/** Events in the log: per stream, or all (the proof that a refusal appended nothing). */
export function eventCount(app: TestApp, streamId?: string): number {
  const db = new Database(path.join(app.dataDir, 'events.sqlite'), { readonly: true });
  try {
    const row = streamId
      ? db.prepare('select count(*) as n from events where stream_id = ?').get(streamId)
      : db.prepare('select count(*) as n from events').get();
    return (row as { n: number }).n;
  } finally {
    db.close();
  }
}

/** The event types of a stream in order. */
export function streamTypes(app: TestApp, streamId: string): string[] {
  const db = new Database(path.join(app.dataDir, 'events.sqlite'), { readonly: true });
  try {
    return (db.prepare('select type from events where stream_id = ? order by revision').all(streamId) as { type: string }[]).map((r) => r.type);
  } finally {
    db.close();
  }
}
