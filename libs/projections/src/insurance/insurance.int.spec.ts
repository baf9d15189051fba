import { policyDecider, policyPremiumTotal, type ClaimEvent, type PolicyEvent } from '@careledger/domain-insurance';
import type { EventStore } from '@careledger/event-store';
import type { Kysely } from 'kysely';
import { allProjections } from '..';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import type { ProjectionRunner } from '../runner/projection-runner';
import { openProjectionTestbed, type ProjectionTestbed } from '../testing/projection-testbed';
import { newEvent, opened, registered } from '../testing/case-events.fixture';
import { getInsuranceClaim, getInsuranceClaimHistory, listInsuranceClaims } from './insurance-claim.queries';
import { getInsuranceEnrolments, listInsuranceEnrolments } from './insurance-enrolment.queries';
import { getInsurancePolicy, listInsurancePolicies } from './insurance-policy.queries';


const purchased = (year: number, insurer = '中国人寿'): PolicyEvent => ({
  type: 'PolicyPurchased',
  data: {
    year,
    insurer,
    product: '计生特殊家庭团体意外及住院医疗保险',
    premiumPerPersonFen: 10000,
    coverageFrom: `${year}-01-01`,
    coverageTo: `${year}-12-31`,
    purchasedOn: `${year - 1}-12-20`,
    targetEnrolment: null,
  },
});
const enrolled = (caseId: string, personId: string, coverageFrom = '2023-01-01'): PolicyEvent => ({
  type: 'MemberEnrolled',
  data: { year: 2023, caseId, personId, enrolledOn: '2022-12-28', coverageFrom },
});
const removed = (caseId: string, personId: string, removedOn: string, reason: 'DECEASED' | 'DUPLICATE'): PolicyEvent => ({
  type: 'MemberRemoved',
  data: { year: 2023, caseId, personId, removedOn, reason, note: null },
});
const reported = (claimId: string, reportedOn: string): ClaimEvent => ({
  type: 'ClaimReported',
  data: {
    claimId,
    policyYear: 2023,
    caseId: 'c1',
    personId: 'c1-p1',
    eventType: 'HOSPITALISATION',
    eventOn: reportedOn,
    reportedOn,
    description: '因肺炎住院治疗',
  },
});

describe('insurance read models (real SQLite)', () => {
  let bed: ProjectionTestbed;
  let store: EventStore;
  let db: Kysely<ReadModelDatabase>;
  let runner: ProjectionRunner;
  beforeEach(async () => {
    bed = await openProjectionTestbed('insurance', { projections: allProjections, batchSize: 3 });
    ({ store, db, runner } = bed);
  });
  afterEach(async () => {
    await bed.close();
  });

  const append = async (streamId: string, events: readonly (PolicyEvent | ClaimEvent)[]) => {
    const { position } = await store.append(streamId, events.map((e) => newEvent(e)));
    if (!(await runner.waitForPosition(position, 5_000))) throw new Error('projections did not catch up');
  };

  /** Two families in two townships; the 2023 policy with a death, a duplicate and a re-enrolment. */
  async function populate(): Promise<PolicyEvent[]> {
    await store.append('case-c1', [newEvent(opened('c1', { township: 'CY' })), newEvent(registered('c1', 'c1-p1', '张建国')), newEvent(registered('c1', 'c1-p2', '李秀英'))]);
    await store.append('case-c2', [newEvent(opened('c2', { township: 'XP' })), newEvent(registered('c2', 'c2-p1', '王德明'))]);
    const policy: PolicyEvent[] = [
      purchased(2023),
      enrolled('c1', 'c1-p1'),
      enrolled('c1', 'c1-p2'),
      enrolled('c2', 'c2-p1'),
      removed('c1', 'c1-p2', '2023-06-30', 'DECEASED'),
      removed('c2', 'c2-p1', '2023-01-15', 'DUPLICATE'),
      enrolled('c2', 'c2-p1', '2023-02-01'),
    ];
    await append('policy-2023', policy);
    await append('policy-2022', [purchased(2022, '平安养老')]);
    return policy;
  }

  it('keeps the enrolled count and the premium total the domain computes', async () => {
    const policy = await populate();
    const state = policy.reduce(policyDecider.evolve, policyDecider.initialState());
    const total = policyPremiumTotal(state)!;
    expect(await getInsurancePolicy(db, 2023)).toMatchObject({
      enrolled_count: 2,
      insured_persons: total.insuredPersons,
      premium_total_fen: total.totalFen,
      revision: 6,
    });
    expect(total).toMatchObject({ insuredPersons: 3, totalFen: 30000 });
    const page1 = await listInsurancePolicies(db, {}, { first: 1 });
    expect(page1.rows.map((r) => r.policy_year)).toEqual([2023]);
    const page2 = await listInsurancePolicies(db, {}, { first: 1, after: page1.rows[0]!.cursor });
    expect([page1.totalCount, page2.rows.map((r) => r.policy_year), page2.hasNextPage]).toEqual([2, [2022], false]);
    expect((await listInsurancePolicies(db, { insurer: '平安' }, { first: 10 })).rows.map((r) => r.policy_year)).toEqual([2022]);
  });

  it('keeps the figures right after every event, one person at a time, as a full recount would', async () => {
    await store.append('case-c1', [newEvent(opened('c1')), newEvent(registered('c1', 'c1-p1', '张建国')), newEvent(registered('c1', 'c1-p2', '李秀英'))]);
    await store.append('case-c2', [newEvent(opened('c2')), newEvent(registered('c2', 'c2-p1', '王德明'))]);
    const events: PolicyEvent[] = [
      purchased(2023),
      enrolled('c1', 'c1-p1'),
      enrolled('c1', 'c1-p2', '2023-03-01'),
      // Removed before the cover began: no day of cover, so no premium for this period…
      removed('c1', 'c1-p2', '2023-02-01', 'DECEASED'),
      // …nor for removing someone with no open period (nothing changes but the stamp).
      removed('c2', 'c2-p1', '2023-02-01', 'DECEASED'),
      enrolled('c1', 'c1-p2', '2023-04-01'),
      enrolled('c2', 'c2-p1'),
      removed('c2', 'c2-p1', '2023-01-15', 'DUPLICATE'),
      enrolled('c2', 'c2-p1', '2023-02-01'),
      removed('c1', 'c1-p1', '2023-01-01', 'DECEASED'),
    ];
    let state = policyDecider.initialState();
    const seen: unknown[] = [];
    for (const event of events) {
      await append('policy-2023', [event]);
      state = policyDecider.evolve(state, event);
      const total = policyPremiumTotal(state)!;
      const open = state.status === 'purchased' ? [...state.enrolments.values()].flat().filter((p) => p.removal === null).length : 0;
      const row = await getInsurancePolicy(db, 2023);
      expect([row?.enrolled_count, row?.insured_persons, row?.premium_total_fen]).toEqual([open, total.insuredPersons, total.totalFen]);
      seen.push(row?.insured_persons);
    }
    // The sequence really moves the count both ways.
    expect(seen).toEqual([0, 1, 2, 1, 1, 2, 3, 2, 3, 3]);
  });

  it('lists periods with the masked ID and name from the case read model, filtered and paged', async () => {
    await populate();
    const all = await getInsuranceEnrolments(db, { policyYear: 2023 });
    expect(all.map((r) => [r.person_id, r.period_no, r.name, r.township, r.removal_reason])).toEqual([
      ['c1-p1', 0, '张建国', 'CY', null],
      ['c1-p2', 0, '李秀英', 'CY', 'DECEASED'],
      ['c2-p1', 0, '王德明', 'XP', 'DUPLICATE'],
      ['c2-p1', 1, '王德明', 'XP', null],
    ]);
    expect(all[0]!.id_number_masked).toBe('4312**********031X');
    const ids = async (filter: Parameters<typeof getInsuranceEnrolments>[1]) =>
      (await getInsuranceEnrolments(db, filter)).map((r) => `${r.person_id}#${r.period_no}`);
    expect(await ids({ township: 'XP' })).toEqual(['c2-p1#0', 'c2-p1#1']);
    expect(await ids({ activeOnly: true })).toEqual(['c1-p1#0', 'c2-p1#1']);
    // 20 January: the duplicate period does not count, the second period has not begun.
    expect(await ids({ activeOn: '2023-01-20' })).toEqual(['c1-p1#0', 'c1-p2#0']);
    expect(await ids({ activeOn: '2023-07-01' })).toEqual(['c1-p1#0', 'c2-p1#1']);
    expect(await ids({ caseId: 'c2', personId: 'c2-p1' })).toEqual(['c2-p1#0', 'c2-p1#1']);

    const first = await listInsuranceEnrolments(db, { policyYear: 2023 }, { first: 3 });
    const rest = await listInsuranceEnrolments(db, { policyYear: 2023 }, { first: 3, after: first.rows.at(-1)!.cursor });
    expect([first.totalCount, first.hasNextPage, rest.rows.length, rest.hasNextPage]).toEqual([4, true, 1, false]);
    expect(rest.rows[0]).toMatchObject({ person_id: 'c2-p1', period_no: 1 });
  });

  it('follows a claim through its steps, keeps no description and ignores a step out of place', async () => {
    await populate();
    await append('claim-k1', [
      reported('k1', '2023-05-10'),
      { type: 'ClaimDocumentsSubmitted', data: { claimId: 'k1', documents: ['CLAIM_FORM'], submittedOn: '2023-05-12' } },
      { type: 'ClaimDocumentsSubmitted', data: { claimId: 'k1', documents: ['MEDICAL_INVOICE', 'CLAIM_FORM'], submittedOn: '2023-05-13' } },
      { type: 'ClaimSentToInsurer', data: { claimId: 'k1', sentOn: '2023-05-20', insurerRef: 'LP-1' } },
      { type: 'ClaimSettled', data: { claimId: 'k1', amountFen: 76620, settledOn: '2023-06-15' } },
      // evolveClaim ignores a second decision; so does the read model.
      { type: 'ClaimRejected', data: { claimId: 'k1', reason: '迟到', rejectedOn: '2023-06-16' } },
    ]);
    await append('claim-k2', [reported('k2', '2023-08-01'), { type: 'ClaimWithdrawn', data: { claimId: 'k2', reason: '家属撤回' } }]);
    expect(await getInsuranceClaim(db, 'k1')).toMatchObject({
      status: 'SETTLED',
      documents: '["CLAIM_FORM","MEDICAL_INVOICE"]',
      last_submitted_on: '2023-05-13',
      insurer_ref: 'LP-1',
      settled_amount_fen: 76620,
      rejection_reason: null,
      name: '张建国',
      township: 'CY',
      revision: 5,
    });
    const row = await db.selectFrom('insurance_claim').selectAll().execute();
    expect(JSON.stringify(row)).not.toContain('肺炎');
    const statuses = async (filter: Parameters<typeof listInsuranceClaims>[1]) =>
      (await listInsuranceClaims(db, filter, { first: 10 })).rows.map((r) => `${r.claim_id}:${r.status}`);
    expect(await statuses({})).toEqual(['k2:WITHDRAWN', 'k1:SETTLED']);
    expect(await statuses({ status: 'SETTLED' })).toEqual(['k1:SETTLED']);
    expect(await statuses({ township: 'XP' })).toEqual([]);
    expect(await statuses({ year: 2024 })).toEqual([]);
    const paged = await listInsuranceClaims(db, { caseId: 'c1', policyYear: 2023 }, { first: 1 });
    const next = await listInsuranceClaims(db, { caseId: 'c1' }, { first: 1, after: paged.rows[0]!.cursor });
    expect([paged.rows[0]!.claim_id, next.rows[0]!.claim_id, next.hasNextPage]).toEqual(['k2', 'k1', false]);
    expect((await getInsuranceClaimHistory(db, 'k1')).map((e) => e.type)).toEqual([
      'ClaimReported',
      'ClaimDocumentsSubmitted',
      'ClaimDocumentsSubmitted',
      'ClaimSentToInsurer',
      'ClaimSettled',
      'ClaimRejected',
    ]);
  });

  it('is reproduced exactly by a rebuild', async () => {
    await populate();
    await append('claim-k1', [reported('k1', '2023-05-10'), { type: 'ClaimWithdrawn', data: { claimId: 'k1', reason: '撤回' } }]);
    const comparison = await bed.rebuildAndCompare(['insurance-policy', 'insurance-claim'], { pageSize: 4 });
    expect(comparison.tables.map((t) => [t.table, t.liveRows])).toEqual([
      ['insurance_policy', 2],
      ['insurance_enrolment', 4],
      ['insurance_claim', 1],
      ['projection_checkpoints', 2],
    ]);
    expect(comparison.equal).toBe(true);
  });
});
