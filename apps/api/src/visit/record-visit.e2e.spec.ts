import { startTestApp, type TestApp } from '../testing/test-app';
import { allocateFund, eventCount, FUND, FUND_ID, openFamily, send, VISIT, visitInput } from './visit.testing';

describe('recordVisit (real server, embedded store)', () => {
  let app: TestApp;
  let family: { caseId: string; personIds: string[] };
  beforeEach(async () => {
    app = await startTestApp();
    family = await openFamily(app);
  });
  afterEach(async () => {
    await app.close();
  });

  it('records a visit with everything a caseworker notes, and shows it with member names', async () => {
    const { data } = await send(app, 'recordVisit', { ...visitInput(family.caseId, family.personIds), commandId: 'v-1' });
    expect(data).toMatchObject({ revision: 0 });
    const visit = (await app.gql(VISIT, { id: data!['id'] })).data!['visit'];
    expect(visit).toMatchObject({
      visitType: 'HOLIDAY',
      visitedOn: '2023-09-28',
      townshipName: '辰阳镇',
      visitors: ['刘芳', '王村长'],
      caseIds: [family.caseId],
      personsReachedCount: 2,
      caseCount: 1,
      needsFound: ['老人腿脚不便，需要助行器'],
      followUp: { action: '联系民政申请助行器', dueOn: '2023-10-15' },
      cashAidFen: 0,
      fundId: null,
      goods: [{ description: '月饼', quantity: 2, valueFen: 8800 }],
      goodsValueFen: 8800,
      status: 'RECORDED',
      voidReason: null,
      amendmentCount: 0,
      revision: 0,
      recordedBy: 'caseworker-cy',
    });
    expect(visit.personsReached.map((p: { name: string }) => p.name)).toEqual(['张建国', '李秀英']);
  });

  it('charges cash aid to the fund: the fund shows the expenditure, linked to the visit', async () => {
    await allocateFund(app, 100_000);
    const { data } = await send(app, 'recordVisit', visitInput(family.caseId, family.personIds, { cashAidFen: 50_000, fundId: FUND_ID }));
    const fund = (await app.gql(FUND, { id: FUND_ID })).data!['fund'];
    expect(fund).toMatchObject({ spentFen: 50_000, remainingFen: 50_000 });
    expect(eventCount(app, `fund-${FUND_ID}`)).toBe(2);
    expect((await app.gql(VISIT, { id: data!['id'] })).data!['visit']).toMatchObject({ cashAidFen: 50_000, fundId: FUND_ID });
  });

  // Fractional fen never reaches the decider: the SafeInt scalar refuses it, named on its field.
  const refusals: [string, (c: string, p: string[]) => Record<string, unknown>, string, string | undefined][] = [
    ['negative fen', (c, p) => visitInput(c, p, { cashAidFen: -1, fundId: FUND_ID }), 'VALIDATION_FAILED', 'cashAidFen'],
    ['fractional fen', (c, p) => visitInput(c, p, { cashAidFen: 10.5, fundId: FUND_ID }), 'VALIDATION_FAILED', 'cashAidFen'],
    ['cash without a fund', (c, p) => visitInput(c, p, { cashAidFen: 100 }), 'VALIDATION_FAILED', 'fundId'],
    ['follow-up due before the visit', (c, p) => visitInput(c, p, { followUp: { action: '回访', dueOn: '2023-09-01' } }), 'VALIDATION_FAILED', 'followUp.dueOn'],
    ['a malformed date', (c, p) => visitInput(c, p, { visitedOn: '2023-02-30' }), 'VALIDATION_FAILED', 'visitedOn'],
    ['no visitor', (c, p) => visitInput(c, p, { visitors: [] }), 'VALIDATION_FAILED', 'visitors'],
    ['an unknown township', (c, p) => visitInput(c, p, { township: 'NOPE' }), 'VALIDATION_FAILED', 'township'],
    ['an unknown case', () => visitInput('no-such-case', []), 'CASE_NOT_FOUND', 'caseIds'],
    ['a person not of the case', (c) => visitInput(c, ['stranger']), 'MEMBER_NOT_FOUND', 'personsReached'],
    ['a person of a case not visited', (c, p) => visitInput(c, p, { personsReached: [{ caseId: 'other', personId: p[0] }] }), 'VALIDATION_FAILED', 'personsReached'],
    ['goods of zero quantity', (c, p) => visitInput(c, p, { goods: [{ description: '米', quantity: 0, valueFen: 100 }] }), 'VALIDATION_FAILED', 'goods[0].quantity'],
    ['an unknown fund', (c, p) => visitInput(c, p, { cashAidFen: 100, fundId: '2023-nope' }), 'NOT_FOUND', 'fundId'],
    ['more cash than the fund has', (c, p) => visitInput(c, p, { cashAidFen: 100_001, fundId: FUND_ID }), 'INSUFFICIENT_FUNDS', 'cashAidFen'],
    ['a visit outside the fund year', (c, p) => visitInput(c, p, { cashAidFen: 100, fundId: FUND_ID, visitedOn: '2022-12-30', followUp: null }), 'VALIDATION_FAILED', 'visitedOn'],
  ];

  it.each(refusals)('refuses %s with a typed error and appends nothing on either stream', async (_name, input, code, field) => {
    await allocateFund(app, 100_000);
    const before = eventCount(app);
    const res = await send(app, 'recordVisit', { ...input(family.caseId, family.personIds), commandId: 'bad-1' });
    expect(res.code).toBe(code);
    expect(res.details?.['field']).toBe(field);
    expect(eventCount(app)).toBe(before);
    expect((await app.gql(FUND, { id: FUND_ID })).data!['fund']).toMatchObject({ spentFen: 0, revision: 0 });
  });

  it('treats a re-sent commandId as the same visit (one visit, one charge)', async () => {
    await allocateFund(app, 100_000);
    const input = { ...visitInput(family.caseId, family.personIds, { cashAidFen: 30_000, fundId: FUND_ID }), commandId: 'v-twice' };
    const first = await send(app, 'recordVisit', input);
    const second = await send(app, 'recordVisit', input);
    expect(second.data).toEqual(first.data);
    expect(eventCount(app, `visit-${first.data!['id']}`)).toBe(1);
    expect((await app.gql(FUND, { id: FUND_ID })).data!['fund']).toMatchObject({ spentFen: 30_000 });
  });
});
