import { startTestApp, type TestApp } from '../testing/test-app';
import { allocateFund, eventCount, FUND, FUND_ID, openFamily, send } from './visit.testing';

const ACTIVITY = `query($id: ID!) { activity(id: $id) { id venueKind venueName heldOn topic township townshipName
  attendees { caseId personId name } attendeeCount caseCount cashAidFen fundId correctionCount revision } }`;

describe('holdActivity and correctAttendance (real server, embedded store)', () => {
  let app: TestApp;
  let a: { caseId: string; personIds: string[] };
  let b: { caseId: string; personIds: string[] };
  beforeEach(async () => {
    app = await startTestApp();
    a = await openFamily(app, 'XP');
    b = await openFamily(app, 'XP', 1);
  });
  afterEach(async () => {
    await app.close();
  });

  const hold = (over: Record<string, unknown> = {}) =>
    send(app, 'holdActivity', {
      venueKind: 'WARM_HEART_HOME',
      venueName: '孝坪镇暖心家园',
      heldOn: '2023-05-14',
      topic: '母亲节集中慰问',
      township: 'XP',
      attendees: [...a.personIds.map((personId) => ({ caseId: a.caseId, personId })), { caseId: b.caseId, personId: b.personIds[0] }],
      ...over,
    });
  const activity = async (id: string) => (await app.gql(ACTIVITY, { id })).data!['activity'];

  it('records an activity with attendance by case and person, and its cash charged to the fund', async () => {
    await allocateFund(app, 100_000);
    const { data } = await hold({ cashAidFen: 30_000, fundId: FUND_ID });
    expect(await activity(data!['id'])).toMatchObject({
      venueKind: 'WARM_HEART_HOME',
      townshipName: '孝坪镇',
      attendeeCount: 3,
      caseCount: 2,
      cashAidFen: 30_000,
      correctionCount: 0,
    });
    expect((await app.gql(FUND, { id: FUND_ID })).data!['fund']).toMatchObject({ spentFen: 30_000 });
    const byCase = await app.gql(`query($id: ID!) { case(id: $id) { activities { totalCount edges { node { id } } } } }`, { id: b.caseId });
    expect(byCase.data!['case'].activities.totalCount).toBe(1);
  });

  it('corrects attendance by difference with a reason', async () => {
    const { data } = await hold();
    const id = data!['id'];
    const res = await send(app, 'correctAttendance', {
      activityId: id,
      remove: [{ caseId: b.caseId, personId: b.personIds[0] }],
      reason: '签到表核对：该户未到场',
      expectedRevision: 0,
    });
    expect(res.data).toMatchObject({ revision: 1 });
    expect(await activity(id)).toMatchObject({ attendeeCount: 2, caseCount: 1, correctionCount: 1, revision: 1 });
    const byCase = await app.gql(`query($id: ID!) { case(id: $id) { activities { totalCount } } }`, { id: b.caseId });
    expect(byCase.data!['case'].activities.totalCount).toBe(0);
  });

  it.each([
    ['no attendee', { attendees: [] }, 'VALIDATION_FAILED', 'attendees'],
    ['an unknown venue kind', { venueKind: 'PALACE' }, 'BAD_USER_INPUT', undefined],
    ['an unknown case', { attendees: [{ caseId: 'nope', personId: 'p' }] }, 'CASE_NOT_FOUND', 'attendees'],
    ['a person not of the case', { attendees: [{ caseId: 'CASE_A', personId: 'stranger' }] }, 'MEMBER_NOT_FOUND', 'attendees'],
    ['negative fen', { cashAidFen: -100, fundId: FUND_ID }, 'VALIDATION_FAILED', 'cashAidFen'],
    ['more cash than the fund has', { cashAidFen: 100_001, fundId: FUND_ID }, 'INSUFFICIENT_FUNDS', 'cashAidFen'],
    ['an unknown township', { township: 'NOPE' }, 'VALIDATION_FAILED', 'township'],
  ])('refuses %s with a typed error and appends nothing', async (_name, over, code, field) => {
    await allocateFund(app, 100_000);
    const before = eventCount(app);
    const fixed = JSON.parse(JSON.stringify(over).replaceAll('CASE_A', a.caseId)) as Record<string, unknown>;
    const res = await hold(fixed);
    expect(res.code).toBe(code);
    expect(res.details?.['field']).toBe(field);
    expect(eventCount(app)).toBe(before);
  });

  it('refuses a correction that changes nothing, or names a non-attendee, or an unknown activity', async () => {
    const { data } = await hold();
    const id = data!['id'];
    const before = eventCount(app);
    const cases = [
      [{ activityId: id, reason: '核对' }, 'VALIDATION_FAILED'],
      [{ activityId: id, reason: '核对', remove: [{ caseId: a.caseId, personId: 'nobody' }] }, 'VALIDATION_FAILED'],
      [{ activityId: id, reason: '', add: [] }, 'REASON_REQUIRED'],
      [{ activityId: 'nope', reason: '核对', remove: [{ caseId: a.caseId, personId: a.personIds[0] }] }, 'NOT_FOUND'],
      [{ activityId: id, reason: '核对', add: [{ caseId: a.caseId, personId: 'stranger' }] }, 'MEMBER_NOT_FOUND'],
    ] as const;
    for (const [input, code] of cases) expect((await send(app, 'correctAttendance', input)).code).toBe(code);
    expect(eventCount(app)).toBe(before);
    expect(await activity(id)).toMatchObject({ revision: 0, attendeeCount: 3 });
  });
});
