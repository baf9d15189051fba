import { demoIdNumber } from '../demo/demo-data';
import { runMutation } from '../testing/run-mutation';
import { startTestApp, type TestApp } from '../testing/test-app';
import { TestClock } from '../testing/test-clock';

const CASE = `query($id: ID!, $asOf: AsOf) { case(id: $id, asOf: $asOf) {
  id asOf status category revision memberCount headName lastRecordedAt
  members { personId name idNumberMasked phoneMasked deceased diedOn }
  contacts { role name phone }
  timeline { position type businessDate recordedAt reason data }
} }`;

/**
 * The late correction, through HTTP: the son died on 2 November, and it was recorded on
 * 10 December. As of the day (15 November, known now) he is deceased; as known on 15 November
 * he is not.
 */
describe('case(asOf) time travel over GraphQL', () => {
  const clock = new TestClock('2023-10-01T02:00:00Z');
  let app: TestApp;
  let caseId: string;
  let son: string;

  beforeAll(async () => {
    app = await startTestApp({}, { clock });
    caseId = (await runMutation(app, 'openCase', { category: 'DISABLED_CHILD', township: 'CY', village: '城南社区', address: '3组', openedOn: '2023-03-15' })).id;
    await runMutation(app, 'registerMember', { caseId, name: '张建国', idNumber: demoIdNumber('1958-04-12', 31), relation: 'HEAD', birthDate: '1958-04-12', phone: '13807451234' });
    son = (await runMutation(app, 'registerMember', { caseId, name: '张小军', idNumber: demoIdNumber('1990-07-16', 55), relation: 'CHILD', birthDate: '1990-07-16' })).createdId!;
    await runMutation(app, 'assignContact', { caseId, role: 'TOWNSHIP', name: '李梅', phone: '0745-5221234' });
    clock.set('2023-12-10T03:00:00Z');
    await runMutation(app, 'recordMemberDeath', { caseId, personId: son, diedOn: '2023-11-02' });
    await runMutation(app, 'correctMemberDetails', { caseId, personId: son, phone: '13974519999', reason: '补录号码' });
  });
  afterAll(async () => {
    await app.close();
  });

  async function caseAt(asOf: Record<string, string> | null) {
    const res = await app.gql(CASE, { id: caseId, asOf });
    expect(res.errors).toBeUndefined();
    return res.data!['case'];
  }
  const sonIn = (c: { members: { personId: string }[] }) => c.members.find((m) => m.personId === son);

  it('business axis: on 15 November, by what we know now, the son had died', async () => {
    const c = await caseAt({ businessDate: '2023-11-15' });
    expect(c.asOf).toBe('businessDate:2023-11-15');
    expect(sonIn(c)).toMatchObject({ deceased: true, diedOn: '2023-11-02', phoneMasked: null });
    expect(c.timeline.map((t: { type: string }) => t.type)).toContain('MemberDied');
    // The phone correction is about 10 December, so it is not part of 15 November.
    expect(c.timeline.map((t: { type: string }) => t.type)).not.toContain('MemberDetailsCorrected');
  });

  it('recorded axis: what we knew on 15 November shows him alive and no death on the timeline', async () => {
    const c = await caseAt({ recordedAt: '2023-11-15T08:00:00+08:00' });
    expect(c.asOf).toBe('recordedAt:2023-11-15T00:00:00.000Z');
    expect(sonIn(c)).toMatchObject({ deceased: false, diedOn: null });
    expect(c.timeline.map((t: { type: string }) => t.type)).toEqual(['CaseOpened', 'MemberRegistered', 'MemberRegistered', 'ContactAssigned']);
    expect(c).toMatchObject({ revision: 3, memberCount: 2, headName: '张建国', lastRecordedAt: '2023-10-01T02:00:00.000Z' });
    expect(c.contacts).toEqual([{ role: 'TOWNSHIP', name: '李梅', phone: '0745-5221234' }]);
  });

  it('the live case has both late facts, and as of "now" on either axis equals it', async () => {
    const live = await caseAt(null);
    expect(live.asOf).toBeNull();
    expect(sonIn(live)).toMatchObject({ deceased: true, phoneMasked: '139****9999' });
    for (const asOf of [{ recordedAt: '2023-12-10T03:00:00Z' }, { businessDate: '2099-12-31' }] as Record<string, string>[]) {
      const { asOf: _described, ...rest } = await caseAt(asOf);
      const { asOf: _none, ...liveRest } = live;
      expect(rest).toEqual(liveRest);
    }
  });

  it('shows masked personal data only', async () => {
    const c = await caseAt({ businessDate: '2023-12-31' });
    expect(JSON.stringify(c)).not.toContain('13974519999');
    expect(JSON.stringify(c)).not.toContain(demoIdNumber('1958-04-12', 31));
    expect(c.members[0].idNumberMasked).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
  });

  it('a time before the case was opened (on either axis) answers null', async () => {
    expect(await caseAt({ businessDate: '2023-03-14' })).toBeNull();
    expect(await caseAt({ recordedAt: '2023-10-01T01:59:59Z' })).toBeNull();
    // Opened on 15 March, but its members were registered on 1 October.
    expect(await caseAt({ businessDate: '2023-09-30' })).toMatchObject({ status: 'ACTIVE', memberCount: 0, members: [] });
  });

  it.each([
    [{}, 'asOf'],
    [{ recordedAt: '2023-11-15T00:00:00Z', businessDate: '2023-11-15' }, 'asOf'],
    [{ recordedAt: '2023-11-15' }, 'recordedAt'],
    [{ businessDate: '15/11/2023' }, 'businessDate'],
  ])('refuses asOf %j with VALIDATION_FAILED naming %s', async (asOf, field) => {
    const res = await app.gql(CASE, { id: caseId, asOf });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field } });
  });
});
