import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareReadModels, openSqliteReadModels, type ReadModelRow } from '@careledger/projections';
import { CliFixture } from '../testing/cli-fixture';

/**
 * Export each kind of bundle, replay it into a separate directory, and compare the replayed read
 * models with the live ones. The replay has no keys, so values derived from personal data (masked
 * ID and phone numbers) read as erased there: the comparison sets exactly those aside
 * (ignorePersonalData) and the first test shows that they, and only they, differ otherwise.
 */
/** The read models a single family's events reproduce on their own. */
const CASE_READ_MODELS = ['case-summary', 'case-timeline', 'audit-log'];

describe('careledger export / replay (real SQLite files)', () => {
  let fx: CliFixture;
  let head: number;
  beforeEach(async () => {
    fx = new CliFixture();
    head = await fx.populate(3);
  });
  afterEach(() => fx.dispose());

  async function compareReplay(
    dir: string,
    rowFilter?: (table: string, row: ReadModelRow) => boolean,
    ignorePersonalData = true,
    projections?: readonly string[],
  ) {
    const live = await openSqliteReadModels({ filename: path.join(fx.dataDir, 'read-models.sqlite') });
    const replayed = await openSqliteReadModels({ filename: path.join(fx.dataDir, dir, 'read-models.sqlite') });
    try {
      return await compareReadModels(live, replayed, projections, { ignorePersonalData, rowFilter, includeCheckpoints: !rowFilter });
    } finally {
      await Promise.all([live.destroy(), replayed.destroy()]);
    }
  }
  const positionsIn = (file: string) =>
    new Set(readFileSync(path.join(fx.dataDir, file), 'utf8').trim().split('\n').slice(1).map((l) => JSON.parse(l).position as number));
  /** Rows of one case, and of events in the bundle: what a partial bundle can reproduce. */
  const partOf = (caseId: string, positions: Set<number>) => (_table: string, row: ReadModelRow) =>
    ('case_id' in row ? row['case_id'] === caseId : true) && ('position' in row ? positions.has(Number(row['position'])) : true);

  it('a range of the whole log replays into read models equal to the live ones', async () => {
    const exported = await fx.cli('export', '--from', '1', '--to', String(head), '--out', 'all.ndjson');
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain(`verify: ok — ${head} of ${head} events checked`);
    expect(exported.stderr).toContain('links:  verified as a chain from the genesis of the log');
    // Stored form: the ID numbers travel encrypted.
    expect(readFileSync(path.join(fx.dataDir, 'all.ndjson'), 'utf8')).toContain('"idNumber":"pii:v1:');

    const replayed = await fx.cli('replay', 'all.ndjson', '--out', 'replay-all');
    expect(replayed.code).toBe(0);
    expect(replayed.stdout).toContain(`Replayed ${head} events into`);
    expect(replayed.stdout).toMatch(/case_summary\s+3 rows/);
    expect((await compareReplay('replay-all')).equal).toBe(true);
    const strict = await compareReplay('replay-all', undefined, false);
    const differing = strict.tables.filter((t) => t.differences.length > 0).map((t) => t.table);
    expect(differing.sort()).toEqual(['audit_event', 'case_member', 'case_timeline']);
    const columns = new Set(strict.tables.flatMap((t) => t.differences.flatMap((d) => (d.kind === 'changed' ? d.columns.map((c) => c.column) : [d.kind]))));
    expect([...columns].sort()).toEqual(['data', 'id_number_masked', 'phone_masked']);
  });

  it('a case bundle holds its stream and the visit naming it, and replays that family', async () => {
    const exported = await fx.cli('export', '--case', 'c1', '--out', 'c1.ndjson');
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain('links:  NOT checked end to end');
    expect([...positionsIn('c1.ndjson')]).toEqual([1, 2, 3, 4, 5, head]);
    await expect(fx.cli('replay', 'c1.ndjson', '--out', 'replay-c1')).resolves.toMatchObject({ code: 0 });
    // A family's bundle reproduces its own read models and the visit's, not county-wide ones (the report).
    const comparison = await compareReplay('replay-c1', partOf('c1', positionsIn('c1.ndjson')), true, [...CASE_READ_MODELS, 'visits-visit']);
    expect(comparison.equal).toBe(true);
    expect(comparison.tables.find((t) => t.table === 'case_member')).toMatchObject({ liveRows: 2, rebuiltRows: 2 });
  });

  it('a stream bundle replays that stream', async () => {
    await expect(fx.cli('export', '--stream', 'case-c2', '--out', 'c2.ndjson')).resolves.toMatchObject({ code: 0 });
    await expect(fx.cli('replay', 'c2.ndjson', '--out', 'replay-c2')).resolves.toMatchObject({ code: 0 });
    // One case stream alone holds no visit: only the read models of case files can be compared.
    const comparison = await compareReplay('replay-c2', partOf('c2', positionsIn('c2.ndjson')), true, CASE_READ_MODELS);
    expect(comparison.equal).toBe(true);
    expect(comparison.tables.find((t) => t.table === 'case_timeline')).toMatchObject({ liveRows: 5, rebuiltRows: 5 });
  });

  it('writes to stdout without --out, and refuses to replay a tampered bundle', async () => {
    const { code, stdout } = await fx.cli('export', '--from', '3', '--to', '6');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'careledger-bundle', selection: { kind: 'range', from: 3, to: 6 }, count: 4 });
    writeFileSync(path.join(fx.dataDir, 'tampered.ndjson'), [lines[0], lines[1], lines[3], lines[2], lines[4]].join('\n'));
    const replay = await fx.cli('replay', 'tampered.ndjson', '--out', 'replay-bad');
    expect(replay.code).toBe(1);
    expect(replay.stdout).toContain('verify: FAILED at line 3, position 4 — position_gap');
    expect(replay.stdout).toContain('Not replayed');
  });

  it('exits 1 when the store itself is damaged, and 2 on a bad selection', async () => {
    fx.tamperEvents("UPDATE events SET recorded_at = '2020-01-01T00:00:00.000Z' WHERE position = 2");
    await expect(fx.cli('export', '--stream', 'case-c1', '--out', 'x.ndjson')).resolves.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('position 2 — hash_mismatch'),
    });
    for (const argv of [['export'], ['export', '--stream', 'a', '--case', 'b'], ['export', '--from', '4', '--to', '2'], ['replay', 'x.ndjson'], ['replay', '--out', 'd']]) {
      const result = await fx.cli(...argv);
      expect([argv, result.code]).toEqual([argv, 2]);
    }
  });
});
