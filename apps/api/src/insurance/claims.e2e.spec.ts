import { runMutation } from '../testing/run-mutation';
import { startTestApp, type TestApp } from '../testing/test-app';
import { enrol, logHead, openFamily, purchase, refused, report, type TestFamily } from './insurance.testing';

const CLAIM = `query($id: ID!) { insuranceClaim(id: $id) {
  id status policyId personName idNumberMasked documents insurerRef settledAmountFen settledOn revision description
  history { type businessDate actorId actorName reason data }
} }`;
const CASE = `query($id: ID!) { case(id: $id) {
  timeline { type streamId data }
  insuranceEnrolments { personId active }
  insuranceClaims { id status }
} }`;

/** Each claim command over HTTP: the workflow, the enrolment rule across streams, refusals appending nothing. */
describe('insurance claims over GraphQL', () => {
  let app: TestApp;
  let family: TestFamily;
  const claim = async (id: string) => (await app.gql(CLAIM, { id })).data!['insuranceClaim'];

  beforeAll(async () => {
    app = await startTestApp();
    family = await openFamily(app);
    await purchase(app);
    await enrol(app, family.caseId, family.personIds[0]!);
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses a claim for a person not enrolled on the event date, appending nothing', async () => {
    const [head, spouse] = family.personIds;
    const before = await logHead(app);
    expect(await refused(app, 'reportClaim', { caseId: family.caseId, personId: spouse, eventType: 'ACCIDENT', eventOn: '2023-05-08', reportedOn: '2023-05-10', description: '摔伤' }))
      .toMatchObject({ code: 'MEMBER_NOT_ENROLLED', details: { personId: spouse, on: '2023-05-08' } });
    // No policy covers 2021; the right person through another case is not enrolled either.
    expect(await refused(app, 'reportClaim', { caseId: family.caseId, personId: head, eventType: 'ACCIDENT', eventOn: '2021-05-08', reportedOn: '2021-05-10', description: '摔伤' }))
      .toMatchObject({ code: 'MEMBER_NOT_ENROLLED' });
    expect(await refused(app, 'reportClaim', { caseId: 'other-case', personId: head, eventType: 'ACCIDENT', eventOn: '2023-05-08', reportedOn: '2023-05-10', description: '摔伤' }))
      .toMatchObject({ code: 'MEMBER_NOT_ENROLLED' });
    expect(await refused(app, 'reportClaim', { caseId: family.caseId, personId: head, eventType: 'ACCIDENT', eventOn: '2023-05-08', reportedOn: '2023-05-01', description: '摔伤' }))
      .toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'reportedOn' } });
    expect(await logHead(app)).toBe(before);
    expect((await app.gql(`{ insuranceClaims { totalCount } }`)).data!['insuranceClaims'].totalCount).toBe(0);
  });

  it('takes a claim from report to settlement, once; a second settlement is INVALID_TRANSITION', async () => {
    const { createdId: claimId } = await report(app, family.caseId, family.personIds[0]!);
    const id = claimId!;
    expect(await claim(id)).toMatchObject({ status: 'REPORTED', policyId: '2023', personName: '张建国', description: '因肺炎住院治疗' });

    const before = await logHead(app);
    expect(await refused(app, 'settleClaim', { claimId: id, amountFen: 1000, settledOn: '2023-06-01' })).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { from: 'reported', command: 'SettleClaim' },
    });
    expect(await refused(app, 'sendClaimToInsurer', { claimId: id, sentOn: '2023-05-20', insurerRef: 'LP-1' })).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await refused(app, 'submitClaimDocuments', { claimId: id, documents: [], submittedOn: '2023-05-12' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'documents' },
    });
    expect(await refused(app, 'settleClaim', { claimId: 'no-such-claim', amountFen: 1000, settledOn: '2023-06-01' })).toMatchObject({
      code: 'NOT_FOUND',
      details: { kind: 'claim' },
    });
    expect(await logHead(app)).toBe(before);

    await runMutation(app, 'submitClaimDocuments', { claimId: id, documents: ['CLAIM_FORM', 'MEDICAL_INVOICE'], submittedOn: '2023-05-12' });
    await runMutation(app, 'sendClaimToInsurer', { claimId: id, sentOn: '2023-05-20', insurerRef: 'LP2023-0517' });
    const sent = await logHead(app);
    expect(await refused(app, 'settleClaim', { claimId: id, amountFen: -1, settledOn: '2023-06-15' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'amountFen' },
    });
    expect(await refused(app, 'settleClaim', { claimId: id, amountFen: 10.5, settledOn: '2023-06-15' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'amountFen' },
    });
    expect(await logHead(app)).toBe(sent);
    expect(await runMutation(app, 'settleClaim', { claimId: id, amountFen: 76620, settledOn: '2023-06-15' })).toMatchObject({ revision: 3 });

    const settled = await logHead(app);
    expect(await refused(app, 'settleClaim', { claimId: id, amountFen: 76620, settledOn: '2023-06-15' })).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { from: 'settled' },
    });
    expect(await refused(app, 'withdrawClaim', { claimId: id, reason: '家属撤回' })).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await logHead(app)).toBe(settled);

    const c = await claim(id);
    expect(c).toMatchObject({ status: 'SETTLED', settledAmountFen: 76620, revision: 3, documents: ['CLAIM_FORM', 'MEDICAL_INVOICE'], insurerRef: 'LP2023-0517' });
    expect(c.history.map((h: { type: string; businessDate: string; actorName: string }) => [h.type, h.businessDate, h.actorName])).toEqual([
      ['ClaimReported', '2023-05-10', '刘芳'],
      ['ClaimDocumentsSubmitted', '2023-05-12', '刘芳'],
      ['ClaimSentToInsurer', '2023-05-20', '刘芳'],
      ['ClaimSettled', '2023-06-15', '刘芳'],
    ]);
    // Health data: on the claim page only, never in its history.
    expect(JSON.stringify(c.history)).not.toContain('肺炎');
  });

  it('rejects and withdraws with reasons, refusing a blank reason', async () => {
    const head = family.personIds[0]!;
    const { createdId: rejected } = await report(app, family.caseId, head, { eventType: 'ACCIDENT', eventOn: '2023-08-01', reportedOn: '2023-08-02' });
    await runMutation(app, 'submitClaimDocuments', { claimId: rejected, documents: ['ACCIDENT_PROOF'], submittedOn: '2023-08-03' });
    await runMutation(app, 'sendClaimToInsurer', { claimId: rejected, sentOn: '2023-08-04', insurerRef: 'LP-2' });
    const before = await logHead(app);
    expect(await refused(app, 'rejectClaim', { claimId: rejected, reason: ' ', rejectedOn: '2023-08-20' })).toMatchObject({ code: 'REASON_REQUIRED' });
    expect(await logHead(app)).toBe(before);
    await runMutation(app, 'rejectClaim', { claimId: rejected, reason: '不在保险责任范围', rejectedOn: '2023-08-20' });

    const { createdId: withdrawn } = await report(app, family.caseId, head, { eventOn: '2023-09-01', reportedOn: '2023-09-02' });
    await runMutation(app, 'withdrawClaim', { claimId: withdrawn, reason: '已由医保全额报销', businessDate: '2023-09-05' });
    expect(await claim(withdrawn!)).toMatchObject({ status: 'WITHDRAWN', revision: 1 });
    expect((await claim(rejected!)).history.at(-1)).toMatchObject({ type: 'ClaimRejected', reason: '不在保险责任范围' });
  });

  it("shows enrolments and claims on the family's timeline in order, later claim steps included", async () => {
    const c = (await app.gql(CASE, { id: family.caseId })).data!['case'];
    const insurance = c.timeline.filter((e: { streamId: string }) => !e.streamId.startsWith('case-'));
    expect(insurance.map((e: { type: string }) => e.type)).toEqual([
      'MemberEnrolled',
      'ClaimReported',
      'ClaimDocumentsSubmitted',
      'ClaimSentToInsurer',
      'ClaimSettled',
      'ClaimReported',
      'ClaimDocumentsSubmitted',
      'ClaimSentToInsurer',
      'ClaimRejected',
      'ClaimReported',
      'ClaimWithdrawn',
    ]);
    expect(JSON.stringify(c.timeline)).not.toContain('肺炎');
    expect(c.insuranceEnrolments).toEqual([{ personId: family.personIds[0], active: true }]);
    expect(c.insuranceClaims.map((k: { status: string }) => k.status)).toEqual(['WITHDRAWN', 'REJECTED', 'SETTLED']);
  });

  it('judges cover on the event date: a removal dated after the event keeps the claim, one before refuses it', async () => {
    const other = await openFamily(app, 'XP', ['王德明', '王小军']);
    const [a, b] = other.personIds;
    await enrol(app, other.caseId, a!);
    await enrol(app, other.caseId, b!);
    await runMutation(app, 'removeMember', { year: 2023, caseId: other.caseId, personId: a, removedOn: '2023-07-31', reason: 'DECEASED' });
    await runMutation(app, 'removeMember', { year: 2023, caseId: other.caseId, personId: b, removedOn: '2023-04-30', reason: 'EXITED' });
    await expect(report(app, other.caseId, a!, { eventType: 'DEATH', eventOn: '2023-07-31', reportedOn: '2023-08-05' })).resolves.toMatchObject({ revision: 0 });
    expect(await refused(app, 'reportClaim', { caseId: other.caseId, personId: b, eventType: 'ACCIDENT', eventOn: '2023-05-08', reportedOn: '2023-05-10', description: '摔伤' }))
      .toMatchObject({ code: 'MEMBER_NOT_ENROLLED' });
  });

  it('filters and pages the claim list', async () => {
    const page = async (filter: Record<string, unknown>, first = 10, after: string | null = null) =>
      (await app.gql(`query($filter: InsuranceClaimFilter, $first: Int, $after: String) { insuranceClaims(filter: $filter, first: $first, after: $after) {
        totalCount edges { cursor node { id status township personName } } pageInfo { hasNextPage endCursor } } }`, { filter, first, after })).data!['insuranceClaims'];
    expect((await page({})).totalCount).toBe(4);
    expect((await page({ state: 'SETTLED' })).edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(['SETTLED']);
    expect((await page({ township: 'XP' })).edges.map((e: { node: { personName: string } }) => e.node.personName)).toEqual(['王德明']);
    expect((await page({ case: family.caseId, policy: '2023', year: 2023 })).totalCount).toBe(3);
    expect((await page({ year: 2022 })).totalCount).toBe(0);
    const first = await page({}, 3);
    const rest = await page({}, 3, first.pageInfo.endCursor);
    expect([first.pageInfo.hasNextPage, rest.edges.length, rest.pageInfo.hasNextPage]).toEqual([true, 1, false]);
    expect(new Set([...first.edges, ...rest.edges].map((e: { node: { id: string } }) => e.node.id)).size).toBe(4);
    const bad = await app.gql(`{ insuranceClaims(first: 0) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('lists enrolments with filters and pages', async () => {
    const q = `query($filter: InsuranceEnrolmentFilter, $first: Int, $after: String) { insuranceEnrolments(filter: $filter, first: $first, after: $after) {
      totalCount edges { node { personName active township } } pageInfo { hasNextPage endCursor } } }`;
    const page = async (filter: Record<string, unknown>, first = 10, after: string | null = null) => (await app.gql(q, { filter, first, after })).data!['insuranceEnrolments'];
    expect((await page({ policy: '2023' })).totalCount).toBe(3);
    expect((await page({ township: 'XP', activeOnly: true })).totalCount).toBe(0);
    expect((await page({ activeOn: '2023-06-01' })).totalCount).toBe(2);
    expect((await page({ case: family.caseId, person: family.personIds[0] })).edges).toEqual([{ node: { personName: '张建国', active: true, township: 'CY' } }]);
    expect((await page({ policy: 'not-a-year' })).totalCount).toBe(0);
    const first = await page({}, 2);
    const rest = await page({}, 2, first.pageInfo.endCursor);
    expect([first.pageInfo.hasNextPage, rest.edges.length]).toEqual([true, 1]);
  });
});
