import { startTestApp, type TestApp } from '../testing/test-app';
import { head, ok, SUBSIDY_TARGET_2023, type Input } from './fund.testing';

const TARGETS = `query($year: Int!) { performanceTargets(year: $year) { indicatorId status revisionCount deviationReason } }`;
const HISTORY = `query($year: Int!) { performanceTargets(year: $year) { history { position kind changes reason } } }`;
const REPORT_TARGETS = `query { annualReport(year: 2023) { targets { indicatorId actual deviationReason } } }`;
const EXPLAIN = `mutation($input: ExplainTargetDeviationInput!) { explainTargetDeviation(input: $input) { id createdId revision position } }`;

const subsidy = SUBSIDY_TARGET_2023;
const key = { year: 2023, indicatorId: 'nursing-subsidy-amount' };
const REASON = '符合条件的住院申请少于预期';

describe('explainTargetDeviation (real server, embedded store)', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
    await ok(app, 'setPerformanceTarget', subsidy);
  });
  afterEach(async () => {
    await app.close();
  });

  const targets = async () => (await app.gql(TARGETS, { year: 2023 })).data!['performanceTargets'] as Record<string, unknown>[];
  const explain = async (input: Input) => {
    const res = await app.gql(EXPLAIN, { input });
    const error = res.errors?.[0];
    return {
      result: (res.data?.['explainTargetDeviation'] ?? null) as { revision: number; position: number } | null,
      code: error?.extensions?.code ?? null,
      field: (error?.extensions?.details?.['field'] as string | undefined) ?? null,
    };
  };
  async function refused(input: Input) {
    const [before, shown] = [await head(app), await targets()];
    const outcome = await explain(input);
    expect(outcome.result).toBeNull();
    expect(await head(app)).toBe(before);
    expect(await targets()).toEqual(shown);
    return { code: outcome.code, field: outcome.field };
  }

  it('records the reason; performanceTargets and the report show it; the same reason again appends nothing', async () => {
    const { result } = await explain({ ...key, reason: ` ${REASON} `, expectedRevision: 0 });
    expect(result).toMatchObject({ revision: 1 });
    expect(await targets()).toEqual([{ indicatorId: key.indicatorId, status: 'ACTIVE', revisionCount: 0, deviationReason: REASON }]);
    const report = await app.gql(REPORT_TARGETS, {});
    expect(report.data!['annualReport']).toEqual({ targets: [{ indicatorId: key.indicatorId, actual: 0, deviationReason: REASON }] });

    const before = await head(app);
    const again = await explain({ ...key, reason: REASON });
    expect(again.result).toMatchObject({ revision: 1 });
    expect(await head(app)).toBe(before);

    const latest = await explain({ ...key, reason: '政策调整' });
    expect((await targets())[0]).toMatchObject({ deviationReason: '政策调整' });

    // Each explanation is a history entry (the same reason again appended nothing, so none).
    const history = async () => {
      const res = await app.gql(HISTORY, { year: 2023 });
      return (res.data!['performanceTargets'] as { history: Record<string, unknown>[] }[])[0]!.history;
    };
    expect((await history()).map((h) => [h['kind'], h['reason'], h['changes']])).toEqual([
      ['SET', null, expect.objectContaining({ value: subsidy['value'] })],
      ['EXPLAINED', REASON, {}],
      ['EXPLAINED', '政策调整', {}],
    ]);
    expect((await history()).at(-1)).toMatchObject({ position: latest.result!.position });
  });

  it('replays a commandId as a no-op', async () => {
    const first = await explain({ ...key, reason: REASON, commandId: 'cmd-explain-1' });
    const before = await head(app);
    const replay = await explain({ ...key, reason: '另一个原因', commandId: 'cmd-explain-1' });
    expect(replay.result).toEqual(first.result);
    expect(await head(app)).toBe(before);
    expect((await targets())[0]).toMatchObject({ deviationReason: REASON });
  });

  it('refuses, appending nothing: no reason, unknown or withdrawn indicator, wrong revision', async () => {
    expect(await refused({ ...key, reason: '  ' })).toEqual({ code: 'REASON_REQUIRED', field: 'reason' });
    expect(await refused({ ...key, indicatorId: 'nope', reason: REASON })).toEqual({ code: 'NOT_FOUND', field: null });
    expect(await refused({ ...key, year: 2024, reason: REASON })).toEqual({ code: 'NOT_FOUND', field: null });
    expect(await refused({ ...key, reason: REASON, expectedRevision: 5 })).toMatchObject({ code: 'CONCURRENCY_CONFLICT' });
    await ok(app, 'withdrawPerformanceTarget', { ...key, reason: '指标取消' });
    expect(await refused({ ...key, reason: REASON })).toEqual({ code: 'INVALID_TRANSITION', field: null });
  });
});
