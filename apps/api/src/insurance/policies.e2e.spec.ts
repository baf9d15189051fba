import { startTestApp, type TestApp } from '../testing/test-app';
import { enrol, logHead, openFamily, POLICY_2023, purchase, refused, type TestFamily } from './insurance.testing';

const POLICY = `query($id: ID!, $township: String, $activeOnly: Boolean) { insurancePolicy(id: $id) {
  id year insurer premiumPerPersonFen enrolledCount insuredPersons premiumTotalFen revision
  enrolments(township: $township, activeOnly: $activeOnly) { personId personName idNumberMasked township active removedOn removalReason removalNote }
} }`;

/** Each policy command over HTTP: the happy path, and every refusal appending nothing. */
describe('insurance policy commands over GraphQL', () => {
  let app: TestApp;
  let family: TestFamily;
  const policy = async (vars: Record<string, unknown> = {}) => (await app.gql(POLICY, { id: '2023', ...vars })).data!['insurancePolicy'];

  beforeAll(async () => {
    app = await startTestApp();
    family = await openFamily(app);
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses bad terms with a typed code on the field, appending nothing', async () => {
    const head = await logHead(app);
    expect(await refused(app, 'purchasePolicy', { ...POLICY_2023, premiumPerPersonFen: -100 })).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'premiumPerPersonFen' },
    });
    expect(await refused(app, 'purchasePolicy', { ...POLICY_2023, premiumPerPersonFen: 100.5 })).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'premiumPerPersonFen' },
    });
    expect(await refused(app, 'purchasePolicy', { ...POLICY_2023, coverageTo: '2022-12-31' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'coverageTo' },
    });
    expect(await refused(app, 'purchasePolicy', { ...POLICY_2023, insurer: '  ' })).toMatchObject({ details: { field: 'insurer' } });
    expect(await logHead(app)).toBe(head);
    expect(await policy()).toBeNull();
  });

  it('purchases the policy once; other terms for the year are ALREADY_EXISTS', async () => {
    const result = await purchase(app);
    expect(result).toMatchObject({ id: '2023', revision: 0 });
    expect(await purchase(app)).toMatchObject({ revision: 0, position: result.position }); // the same terms: already done
    const head = await logHead(app);
    expect(await refused(app, 'purchasePolicy', { ...POLICY_2023, premiumPerPersonFen: 15000 })).toMatchObject({ code: 'ALREADY_EXISTS' });
    expect(await logHead(app)).toBe(head);
    expect(await policy()).toMatchObject({ insurer: '中国人寿', premiumPerPersonFen: 10000, enrolledCount: 0, premiumTotalFen: 0 });
  });

  it('enrols members of a case, shown with their masked ID, and refuses unknown ids and a second enrolment', async () => {
    const [head, spouse] = family.personIds;
    expect(await enrol(app, family.caseId, head!)).toMatchObject({ id: '2023', createdId: head, revision: 1 });
    await enrol(app, family.caseId, spouse!);
    const before = await logHead(app);
    expect(await refused(app, 'enrolMember', { year: 2023, caseId: 'no-such-case', personId: head, enrolledOn: '2022-12-28', coverageFrom: '2023-01-01' }))
      .toMatchObject({ code: 'CASE_NOT_FOUND' });
    expect(await refused(app, 'enrolMember', { year: 2023, caseId: family.caseId, personId: 'nobody', enrolledOn: '2022-12-28', coverageFrom: '2023-01-01' }))
      .toMatchObject({ code: 'MEMBER_NOT_FOUND', details: { field: 'personId' } });
    expect(await refused(app, 'enrolMember', { year: 2023, caseId: family.caseId, personId: head, enrolledOn: '2023-02-01', coverageFrom: '2023-02-01' }))
      .toMatchObject({ code: 'MEMBER_ALREADY_ENROLLED' });
    expect(await refused(app, 'enrolMember', { year: 2024, caseId: family.caseId, personId: head, enrolledOn: '2024-01-01', coverageFrom: '2024-01-01' }))
      .toMatchObject({ code: 'NOT_FOUND', details: { kind: 'policy' } });
    expect(await refused(app, 'enrolMember', { year: 2023, caseId: family.caseId, personId: head, enrolledOn: '2022-12-28', coverageFrom: '2024-03-01' }))
      .toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'coverageFrom' } });
    expect(await logHead(app)).toBe(before);
    const p = await policy();
    expect(p).toMatchObject({ revision: 2, enrolledCount: 2, insuredPersons: 2, premiumTotalFen: 20000 });
    const enrolled = p.enrolments.find((e: { personId: string }) => e.personId === head);
    expect(enrolled).toMatchObject({ personName: '张建国', township: 'CY', active: true });
    expect(enrolled.idNumberMasked).toMatch(/^4312\*{10}\w{4}$/);
  });

  it('removes a member with a reason: still paid for, no longer enrolled; refuses what cannot be removed', async () => {
    const spouse = family.personIds[1]!;
    const head = await logHead(app);
    expect(await refused(app, 'removeMember', { year: 2023, caseId: family.caseId, personId: spouse, removedOn: '2023-06-30', reason: 'OTHER' }))
      .toMatchObject({ code: 'REASON_REQUIRED' });
    expect(await refused(app, 'removeMember', { year: 2023, caseId: family.caseId, personId: 'nobody', removedOn: '2023-06-30', reason: 'EXITED' }))
      .toMatchObject({ code: 'MEMBER_NOT_ENROLLED' });
    expect(await logHead(app)).toBe(head);
    await expect(
      (async () => (await app.gql(`mutation($input: RemoveMemberInput!) { removeMember(input: $input) { revision } }`, {
        input: { year: 2023, caseId: family.caseId, personId: spouse, removedOn: '2023-06-30', reason: 'OTHER', note: '随子女迁居外省' },
      })).data)(),
    ).resolves.toEqual({ removeMember: { revision: 3 } });
    const p = await policy();
    expect(p).toMatchObject({ enrolledCount: 1, insuredPersons: 2, premiumTotalFen: 20000 });
    expect(p.enrolments.find((e: { personId: string }) => e.personId === spouse)).toMatchObject({
      active: false,
      removedOn: '2023-06-30',
      removalReason: 'OTHER',
      removalNote: '随子女迁居外省',
    });
    expect((await policy({ activeOnly: true })).enrolments).toHaveLength(1);
    expect((await policy({ township: 'XP' })).enrolments).toHaveLength(0);
  });
});
