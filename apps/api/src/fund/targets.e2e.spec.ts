import { startTestApp, type TestApp } from '../testing/test-app';
import { head, ok, send, SUBSIDY_TARGET_2023, type Input } from './fund.testing';

const TARGETS = `query($year: Int!) { performanceTargets(year: $year) {
  year indicatorId name direction value unit weight sourceQuery status revisionCount
  history { kind changes reason actorName businessDate } } }`;

const subsidy = SUBSIDY_TARGET_2023;
const key = { year: 2023, indicatorId: 'nursing-subsidy-amount' };

describe('performance targets (real server, embedded store)', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  const targets = async (year = 2023) => (await app.gql(TARGETS, { year })).data!['performanceTargets'] as Record<string, any>[];

  async function refused(name: string, input: Input) {
    const [before, shown] = [await head(app), await targets()];
    const outcome = await send(app, name, input);
    expect(outcome.result).toBeNull();
    expect(await head(app)).toBe(before);
    expect(await targets()).toEqual(shown);
    return { code: outcome.code, field: outcome.field };
  }

  it('sets, revises (with reason) and withdraws a target, keeping its history', async () => {
    const set = await ok(app, 'setPerformanceTarget', subsidy);
    expect(set).toMatchObject({ id: 'target-2023', createdId: 'nursing-subsidy-amount', revision: 0 });
    await ok(app, 'revisePerformanceTarget', { ...key, value: 10_000_000, weight: 25, reason: '预算调整', businessDate: '2023-06-30' });
    const [revised] = await targets();
    expect(revised).toMatchObject({ value: 10_000_000, weight: 25, name: subsidy['name'], status: 'ACTIVE', revisionCount: 1 });
    expect(revised!['history']).toEqual([
      expect.objectContaining({ kind: 'SET', reason: null, changes: expect.objectContaining({ value: 10_380_000 }) }),
      expect.objectContaining({ kind: 'REVISED', reason: '预算调整', changes: { value: 10_000_000, weight: 25 }, businessDate: '2023-06-30', actorName: '刘芳' }),
    ]);
    await ok(app, 'withdrawPerformanceTarget', { ...key, reason: '指标取消' });
    const [withdrawn] = await targets();
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN' });
    expect(withdrawn!['history'].map((h: { kind: string }) => h.kind)).toEqual(['SET', 'REVISED', 'WITHDRAWN']);
    expect(await targets(2024)).toEqual([]);
  });

  it.each([
    ['weight above 100', { weight: 101 }, 'VALIDATION_FAILED', 'weight'],
    ['weight 0', { weight: 0 }, 'VALIDATION_FAILED', 'weight'],
    ['value 0', { value: 0 }, 'VALIDATION_FAILED', 'value'],
    ['a malformed source query', { sourceQuery: 'not a query' }, 'VALIDATION_FAILED', 'sourceQuery'],
    ['an empty name', { name: '' }, 'VALIDATION_FAILED', 'name'],
    ['a year out of range', { year: 1999 }, 'VALIDATION_FAILED', 'year'],
    ['an unknown unit', { unit: 'LITRE' }, 'BAD_USER_INPUT', null],
  ])('refuses setting a target with %s', async (_label, change, code, field) => {
    expect(await refused('setPerformanceTarget', { ...subsidy, ...change })).toEqual({ code, field });
  });

  it('refuses weights past 100 in all, a second target with the same id, and bad revisions', async () => {
    await ok(app, 'setPerformanceTarget', subsidy);
    const other = { ...subsidy, indicatorId: 'publicity', name: '宣传活动', value: 2, unit: 'COUNT', sourceQuery: 'activities.count' };
    expect(await refused('setPerformanceTarget', { ...other, weight: 81 })).toEqual({ code: 'VALIDATION_FAILED', field: 'weight' });
    expect(await refused('setPerformanceTarget', { ...subsidy, weight: 30 })).toEqual({ code: 'ALREADY_EXISTS', field: null });
    expect(await refused('revisePerformanceTarget', { ...key, value: 1, reason: '' })).toEqual({ code: 'REASON_REQUIRED', field: 'reason' });
    expect(await refused('revisePerformanceTarget', { ...key, weight: 101, reason: '调整' })).toEqual({ code: 'VALIDATION_FAILED', field: 'weight' });
    expect(await refused('revisePerformanceTarget', { ...key, indicatorId: 'nope', value: 1, reason: '调整' })).toEqual({ code: 'NOT_FOUND', field: null });
  });

  it('refuses revising or withdrawing a withdrawn target with INVALID_TRANSITION', async () => {
    await ok(app, 'setPerformanceTarget', subsidy);
    await ok(app, 'withdrawPerformanceTarget', { ...key, reason: '指标取消' });
    expect(await refused('revisePerformanceTarget', { ...key, value: 1, reason: '调整' })).toEqual({ code: 'INVALID_TRANSITION', field: null });
    expect(await refused('withdrawPerformanceTarget', { ...key, reason: '再撤' })).toEqual({ code: 'INVALID_TRANSITION', field: null });
    expect(await refused('withdrawPerformanceTarget', { ...key, reason: ' ' })).toEqual({ code: 'REASON_REQUIRED', field: 'reason' });
  });
});
