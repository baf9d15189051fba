import type { EventStore } from '@careledger/event-store';
import { demoIdNumber } from '../../demo/demo-data';
import { EVENT_STORE } from '../../infrastructure/tokens';
import type { GraphqlResponse, TestApp } from '../../testing/test-app';
import { runMutation, type MutationResult } from '../../testing/run-mutation';

export const COUNTY = 'county-officer';

export const APPLICATION = `query($id: ID!, $min: SafeInt) { subsidyApplication(id: $id, minPosition: $min) {
  id caseId personId personName township townshipName hospitalName hospitalGrade diagnosisCategory
  admittedOn dischargedOn admissionYear appliedOn status amountFen noticeRequired noticeDays
  noticePostedOn noticeClosesOn noticeClosedOn sunshineRef submittedOn batchId period issuedOn paymentYear
  paidOn failureReason failedOn settledOn voucherNo lastOpinion withdrawnReason revision allowedActions
  computation { rulesEffectiveFrom dayCounting dailyRateFen daysCounted daysPayable amountFen capsApplied
    years { year firstDay lastDay daysCounted daysPayable amountFen capped } lines { code zh en } }
  steps { kind outcome statusAfter actorId actorName actorRole businessDate date opinion reason note objections
    closesOn externalRef batchId period amountFen voucherNo }
} }`;

/** A family with two members in township CY, opened through the care-case mutations. */
export async function openFamily(app: TestApp, seq = 1): Promise<{ caseId: string; head: string; spouse: string }> {
  const { id: caseId } = await runMutation(app, 'openCase', {
    category: 'BEREAVED', township: 'CY', village: '城南社区', address: `3组${seq}号`, openedOn: '2021-03-15',
  });
  const member = async (name: string, relation: string, birthDate: string, sequence: number) =>
    (await runMutation(app, 'registerMember', { caseId, name, idNumber: demoIdNumber(birthDate, sequence), relation, birthDate })).createdId!;
  const head = await member('张建国', 'HEAD', '1958-04-12', 31 + seq * 2);
  const spouse = await member('李秀英', 'SPOUSE', '1960-09-03', 42 + seq * 2);
  return { caseId, head, spouse };
}

export const stay = (caseId: string, personId: string, admittedOn: string, dischargedOn: string) => ({
  caseId,
  personId,
  hospitalName: '辰溪县人民医院',
  hospitalGrade: 'LEVEL_2A',
  diagnosisCategory: 'MALIGNANT_TUMOUR',
  admittedOn,
  dischargedOn,
});

export const mutate = (app: TestApp, name: string, input: Record<string, unknown>, user?: string): Promise<MutationResult> =>
  runMutation(app, name, input, user);

/** Runs a mutation expected to fail, returning its first error. */
export async function refused(app: TestApp, name: string, input: Record<string, unknown>, user?: string) {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const res: GraphqlResponse = await app.gql(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { id revision } }`,
    { input },
    user ? { 'x-careledger-user': user } : {},
  );
  if (!res.errors) throw new Error(`${name} was expected to fail but succeeded`);
  return res.errors[0]!;
}

export async function application(app: TestApp, id: string, min?: number) {
  const res = await app.gql(APPLICATION, { id, min: min ?? null });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!['subsidyApplication'];
}

/** The global log head: a refused command must leave it where it was. */
export const logHead = async (app: TestApp): Promise<number> =>
  (await app.running.app.get<EventStore>(EVENT_STORE).head()).position;
