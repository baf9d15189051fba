import { startTestApp, type TestApp } from '../testing/test-app';
import { allocateFund, eventCount, FUND, FUND_ID, openFamily, send, VISIT, visitInput } from './visit.testing';

describe('amendVisit and voidVisit (real server, embedded store)', () => {
  let app: TestApp;
  let family: { caseId: string; personIds: string[] };
  let visitId: string;
  beforeEach(async () => {
    app = await startTestApp();
    family = await openFamily(app);
    await allocateFund(app, 100_000);
    const { data } = await send(app, 'recordVisit', visitInput(family.caseId, family.personIds, { cashAidFen: 40_000, fundId: FUND_ID }));
    visitId = data!['id'];
  });
  afterEach(async () => {
    await app.close();
  });

  const visit = async () => (await app.gql(VISIT, { id: visitId })).data!['visit'];
  const fund = async () => (await app.gql(FUND, { id: FUND_ID })).data!['fund'];

  it('amends the details with a reason: only the changed fields, amendment counted', async () => {
    const res = await send(app, 'amendVisit', {
      visitId,
      reason: '补记需求',
      needsFound: ['需要助行器', '希望有人陪同就医'],
      followUp: null,
      expectedRevision: 0,
    });
    expect(res.data).toMatchObject({ id: visitId, revision: 1 });
    expect(await visit()).toMatchObject({ needsFound: ['需要助行器', '希望有人陪同就医'], followUp: null, amendmentCount: 1, revision: 1, cashAidFen: 40_000 });
    expect(await fund()).toMatchObject({ spentFen: 40_000, revision: 1 });
  });

  it('re-charges a changed cash aid: the old expenditure is reversed, the new one recorded', async () => {
    const res = await send(app, 'amendVisit', { visitId, reason: '实发金额更正', cashAidFen: 90_000 });
    expect(res.code).toBeUndefined();
    expect(await visit()).toMatchObject({ cashAidFen: 90_000, amendmentCount: 1 });
    // 100,000 − 40,000 left 60,000: only giving the 40,000 back first makes 90,000 possible.
    expect(await fund()).toMatchObject({ spentFen: 90_000, remainingFen: 10_000, revision: 3 });
  });

  it('releases the fund when the cash aid is taken away', async () => {
    await send(app, 'amendVisit', { visitId, reason: '未发放现金', cashAidFen: 0 });
    expect(await visit()).toMatchObject({ cashAidFen: 0, fundId: null });
    expect(await fund()).toMatchObject({ spentFen: 0 });
  });

  it('voids a visit with a reason and gives its cash aid back to the fund', async () => {
    const res = await send(app, 'voidVisit', { visitId, reason: '重复登记', expectedRevision: 0 });
    expect(res.data).toMatchObject({ revision: 1 });
    expect(await visit()).toMatchObject({ status: 'VOIDED', voidReason: '重复登记' });
    expect(await fund()).toMatchObject({ spentFen: 0, remainingFen: 100_000 });
    const list = await app.gql('{ visits { totalCount } all: visits(filter: { includeVoided: true }) { totalCount } }');
    expect(list.data).toEqual({ visits: { totalCount: 0 }, all: { totalCount: 1 } });
  });

  const refusals: [string, () => Record<string, unknown>, string, string | undefined][] = [
    ['an amendment without a reason', () => ({ visitId, reason: ' ', needsFound: [] }), 'REASON_REQUIRED', 'reason'],
    ['an amendment of an unknown visit', () => ({ visitId: 'nope', reason: '更正', needsFound: [] }), 'NOT_FOUND', undefined],
    ['a follow-up due before the visit', () => ({ visitId, reason: '更正', followUp: { action: '回访', dueOn: '2023-01-01' } }), 'VALIDATION_FAILED', 'followUp.dueOn'],
    ['a visit date after its follow-up', () => ({ visitId, reason: '更正', visitedOn: '2023-10-20' }), 'VALIDATION_FAILED', 'followUp.dueOn'],
    ['negative fen', () => ({ visitId, reason: '更正', cashAidFen: -5 }), 'VALIDATION_FAILED', 'cashAidFen'],
    ['more cash than the fund has', () => ({ visitId, reason: '更正', cashAidFen: 100_001 }), 'INSUFFICIENT_FUNDS', 'cashAidFen'],
    ['an unknown case', () => ({ visitId, reason: '更正', caseIds: ['nope'], personsReached: [] }), 'CASE_NOT_FOUND', 'caseIds'],
    ['a stale expectedRevision', () => ({ visitId, reason: '更正', needsFound: [], expectedRevision: 5 }), 'CONCURRENCY_CONFLICT', undefined],
  ];

  it.each(refusals)('refuses %s with a typed error and appends nothing', async (_name, input, code, field) => {
    const before = eventCount(app);
    const res = await send(app, 'amendVisit', input());
    expect(res.code).toBe(code);
    expect(res.details?.['field']).toBe(field);
    expect(eventCount(app)).toBe(before);
    expect(await visit()).toMatchObject({ revision: 0, amendmentCount: 0 });
  });

  it('refuses to amend or void a voided visit again (VISIT_VOIDED), appending nothing', async () => {
    await send(app, 'voidVisit', { visitId, reason: '重复登记' });
    const before = eventCount(app);
    expect((await send(app, 'amendVisit', { visitId, reason: '更正', needsFound: [] })).code).toBe('VISIT_VOIDED');
    expect((await send(app, 'voidVisit', { visitId, reason: '另一个理由' })).code).toBe('VISIT_VOIDED');
    expect((await send(app, 'voidVisit', { visitId: 'nope', reason: '重复登记' })).code).toBe('NOT_FOUND');
    expect((await send(app, 'voidVisit', { visitId, reason: '' })).code).toBe('REASON_REQUIRED');
    expect(eventCount(app)).toBe(before);
    expect(await fund()).toMatchObject({ spentFen: 0 });
  });
});
