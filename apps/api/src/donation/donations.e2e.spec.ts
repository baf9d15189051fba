import { startTestApp, type TestApp } from '../testing/test-app';
import { donations, donationYear, head, ok, revisionOf, send, type Input } from './donation.testing';

const online: Input = {
  year: 2023,
  donationId: 'd-0529',
  receivedOn: '2023-05-29',
  channel: 'ONLINE',
  amountFen: 2_500_000,
  matchingFen: 1_000_000,
  source: '小善举·大爱心平台 5·29批次',
};
const bank: Input = { ...online, donationId: 'd-bank', receivedOn: '2023-08-01', channel: 'BANK', amountFen: 300_000, matchingFen: 0, source: '某商会' };

describe('donations (real server, embedded store)', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  /** A refused command: typed code and field, nothing appended, the read model unchanged. */
  async function refused(name: string, input: Input) {
    const before = { head: await head(app), stream: await revisionOf(app, 'donation-2023'), year: await donationYear(app, 2023), list: await donations(app) };
    const outcome = await send(app, name, input);
    expect(outcome.result).toBeNull();
    expect(await head(app)).toBe(before.head);
    expect(await revisionOf(app, 'donation-2023')).toBe(before.stream);
    expect(await donationYear(app, 2023)).toEqual(before.year);
    expect(await donations(app)).toEqual(before.list);
    return { code: outcome.code, field: outcome.field };
  }

  it('records donations (id = year, createdId = donation id) and totals the year with matching funds', async () => {
    const first = await ok(app, 'recordDonation', online);
    expect(first).toMatchObject({ id: '2023', createdId: 'd-0529', revision: 0 });
    const derived = await ok(app, 'recordDonation', { ...bank, donationId: null, commandId: 'cmd-bank' });
    expect(derived.createdId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await donationYear(app, 2023, derived.position)).toEqual({ year: 2023, count: 2, amountFen: 2_800_000, matchingFen: 1_000_000, totalFen: 3_800_000 });
    const list = await donations(app, { filter: { year: 2023 }, minPosition: derived.position });
    expect(list.edges.map((e) => [e.node['donationId'], e.node['totalFen'], e.node['status'], e.node['actorName']])).toEqual([
      [derived.createdId, 300_000, 'RECORDED', '刘芳'],
      ['d-0529', 3_500_000, 'RECORDED', '刘芳'],
    ]);
    expect(await donationYear(app, 2022)).toEqual({ year: 2022, count: 0, amountFen: 0, matchingFen: 0, totalFen: 0 });
  });

  it('treats an identical resend as done, also under a new command id, and re-sending a command id as a no-op', async () => {
    const first = await ok(app, 'recordDonation', { ...online, commandId: 'c-1' });
    const again = await ok(app, 'recordDonation', { ...online, commandId: 'c-1' });
    const resent = await ok(app, 'recordDonation', { ...online, source: ` ${String(online['source'])} `, commandId: 'c-2' });
    expect([again.revision, resent.revision]).toEqual([first.revision, first.revision]);
    expect(await revisionOf(app, 'donation-2023')).toBe(0);
    expect((await donationYear(app, 2023)).count).toBe(1);
  });

  it('reverses a donation with a reason: it stays listed, marked, and leaves the totals', async () => {
    await ok(app, 'recordDonation', online);
    await ok(app, 'recordDonation', bank);
    const reversed = await ok(app, 'reverseDonation', { year: 2023, donationId: 'd-0529', reason: '平台重复推送' });
    expect(reversed).toMatchObject({ id: '2023', revision: 2 });
    expect(await donationYear(app, 2023, reversed.position)).toEqual({ year: 2023, count: 1, amountFen: 300_000, matchingFen: 0, totalFen: 300_000 });
    const [row] = (await donations(app, { filter: { year: 2023, channel: 'ONLINE' } })).edges;
    expect(row!.node).toMatchObject({ donationId: 'd-0529', status: 'REVERSED', reversalReason: '平台重复推送' });
  });

  it.each([
    ['an amount of 0', { amountFen: 0 }, 'VALIDATION_FAILED', 'amountFen'],
    ['a negative amount', { amountFen: -5 }, 'VALIDATION_FAILED', 'amountFen'],
    ['a fractional amount', { amountFen: 100.5 }, 'VALIDATION_FAILED', 'amountFen'],
    ['negative matching funds', { matchingFen: -1 }, 'VALIDATION_FAILED', 'matchingFen'],
    ['a day that is not a date', { receivedOn: '2023-13-01' }, 'VALIDATION_FAILED', 'receivedOn'],
    ['a day outside the year', { receivedOn: '2022-12-31' }, 'VALIDATION_FAILED', 'receivedOn'],
    ['an empty source', { source: ' ' }, 'VALIDATION_FAILED', 'source'],
    ['a year out of range', { year: 1999, receivedOn: '1999-05-01' }, 'VALIDATION_FAILED', 'year'],
    ['an unknown channel', { channel: 'WECHAT' }, 'BAD_USER_INPUT', null],
  ])('refuses recording %s', async (_label, change, code, field) => {
    await ok(app, 'recordDonation', bank);
    expect(await refused('recordDonation', { ...online, ...change })).toEqual({ code, field });
  });

  it('refuses the same donation id with other details, unknown or reversed donations, and a missing reason', async () => {
    await ok(app, 'recordDonation', online);
    expect(await refused('recordDonation', { ...online, amountFen: 1 })).toEqual({ code: 'ALREADY_EXISTS', field: null });
    expect(await refused('reverseDonation', { year: 2023, donationId: 'nope', reason: '错误' })).toEqual({ code: 'NOT_FOUND', field: null });
    expect(await refused('reverseDonation', { year: 2023, donationId: 'd-0529', reason: '  ' })).toEqual({ code: 'REASON_REQUIRED', field: 'reason' });
    await ok(app, 'reverseDonation', { year: 2023, donationId: 'd-0529', reason: '重复' });
    expect(await refused('reverseDonation', { year: 2023, donationId: 'd-0529', reason: '再次' })).toEqual({ code: 'INVALID_TRANSITION', field: null });
    expect(await refused('recordDonation', online)).toEqual({ code: 'ALREADY_EXISTS', field: null });
  });

  it('pages newest first with cursors, filters by year and channel, and refuses a bad page', async () => {
    for (const [i, day] of ['2023-01-10', '2023-02-10', '2023-03-10'].entries()) {
      await ok(app, 'recordDonation', { ...online, donationId: `d-${i}`, receivedOn: day });
    }
    await ok(app, 'recordDonation', bank);
    await ok(app, 'recordDonation', { ...bank, year: 2022, donationId: 'd-2022', receivedOn: '2022-11-11' });
    const first = await donations(app, { filter: { year: 2023 }, first: 2 });
    expect(first.totalCount).toBe(4);
    expect(first.edges.map((e) => e.node['donationId'])).toEqual(['d-bank', 'd-2']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await donations(app, { filter: { year: 2023 }, first: 2, after: first.pageInfo['endCursor'] });
    expect(second.edges.map((e) => e.node['donationId'])).toEqual(['d-1', 'd-0']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect((await donations(app, { filter: { channel: 'BANK' } })).edges.map((e) => e.node['donationId'])).toEqual(['d-bank', 'd-2022']);
    expect((await donations(app, {})).totalCount).toBe(5);
    const tooMany = await app.gql(`query { donations(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'first' } });
    const forged = await app.gql(`query { donations(after: "forged") { totalCount } }`);
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'after' } });
  });
});
