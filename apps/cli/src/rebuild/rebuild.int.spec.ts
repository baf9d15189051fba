import { readdirSync } from 'node:fs';
import { loadConfig, openInfrastructure } from '@careledger/platform';
import { CliFixture, FIXED_CLOCK } from '../testing/cli-fixture';
import { recorded } from '../testing/care-case-events';

describe('careledger rebuild (real SQLite files)', () => {
  let fx: CliFixture;
  beforeEach(async () => {
    fx = new CliFixture();
    await fx.populate(3);
  });
  afterEach(() => fx.dispose());

  const villageOf = (caseId: string) =>
    fx.withDatabase('read-models.sqlite', (db) => db.prepare('SELECT village FROM case_summary WHERE case_id = ?').pluck().get(caseId));

  it('--check finds the live read models equal to a replay of the log', async () => {
    const { code, stdout, stderr } = await fx.cli('rebuild', '--check');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Replayed 16 events \(up to position 16\) in [\d.]+ s — \d+ events\/s/);
    expect(stdout).toMatch(/case_summary\s+live\s+3\s+rebuilt\s+3\s+equal/);
    expect(stdout).toContain('The live read models equal what the events say.');
    // Progress goes to stderr (here not a terminal: plain lines).
    expect(stderr).toMatch(/rebuild \[#+\] 100% {2}position 16\/16 {2}[\d,]+ events\/s {2}ETA 0s/);
    // The temporary database is gone.
    expect(readdirSync(fx.dataDir).filter((f) => f.includes('rebuild'))).toEqual([]);
  });

  it('reports a hand-altered read-model row, refuses to swap it, and --force repairs it', async () => {
    fx.withDatabase('read-models.sqlite', (db) => db.prepare("UPDATE case_summary SET village = '伪造村' WHERE case_id = 'c2'").run());

    const checked = await fx.cli('rebuild', '--check');
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/case_summary\s+live\s+3\s+rebuilt\s+3\s+1 difference\(s\)/);
    expect(checked.stdout).toContain('changed             case_id=c2\n      village: live "伪造村", rebuilt "长田湾村"');
    expect(checked.stdout).toContain('The live read models DIFFER from what the events say.');

    const refused = await fx.cli('rebuild');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Refusing to swap');
    expect(villageOf('c2')).toBe('伪造村');

    // Rebuilding only the other projections leaves the difference unseen and swaps them.
    await expect(fx.cli('rebuild', 'case-timeline')).resolves.toMatchObject({ code: 0, stdout: expect.stringContaining('identical') });
    expect(villageOf('c2')).toBe('伪造村');

    const forced = await fx.cli('rebuild', 'case-summary', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('FORCED: swapped in the rebuilt read models');
    expect(villageOf('c2')).toBe('长田湾村');
    await expect(fx.cli('rebuild')).resolves.toMatchObject({ code: 0, stdout: expect.stringContaining('Swapped in the rebuilt read models (identical') });
  });

  it('refuses to swap under a live projection that is behind the log, changing nothing', async () => {
    // Appended while no runner follows (an API stopped before catching up): live stays behind.
    const infra = await openInfrastructure(loadConfig(fx.env), FIXED_CLOCK, { startProjections: false });
    await infra.store.append('case-c1', [recorded({ type: 'CaseNoteAdded', data: { caseId: 'c1', noteId: 'n-late', text: '迟到' } })]);
    await infra.close();

    const swap = await fx.cli('rebuild', '--force');
    expect(swap.code).toBe(1);
    expect(swap.stdout).toMatch(/Refusing to swap: live projection \S+ is at position 15, the rebuilt one at 17/);
    const check = await fx.cli('rebuild', '--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/projection_checkpoints\s+live\s+\d+\s+rebuilt\s+\d+\s+\d difference/);
  });

  it('refuses unknown projections and contradictory flags', async () => {
    await expect(fx.cli('rebuild', 'no-such')).resolves.toMatchObject({ code: 2, stderr: expect.stringContaining('unknown projection no-such') });
    await expect(fx.cli('rebuild', '--check', '--force')).resolves.toMatchObject({ code: 2 });
  });
});
