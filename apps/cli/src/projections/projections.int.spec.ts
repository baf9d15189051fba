import { loadConfig, openInfrastructure } from '@careledger/platform';
import { recorded } from '../testing/care-case-events';
import { CliFixture, FIXED_CLOCK } from '../testing/cli-fixture';

describe('careledger projections (real SQLite files)', () => {
  let fx: CliFixture;
  beforeEach(() => (fx = new CliFixture()));
  afterEach(() => fx.dispose());

  it("lists each projection's checkpoint, lag and status", async () => {
    await fx.populate(2);
    const caughtUp = await fx.cli('projections');
    expect(caughtUp.code).toBe(0);
    expect(caughtUp.stdout).toContain('log head: position 11');
    expect(caughtUp.stdout).toMatch(/case-summary\s+10\s+0\s+0 {2}ok/);

    const infra = await openInfrastructure(loadConfig(fx.env), FIXED_CLOCK, { startProjections: false });
    await infra.store.append('case-c1', [recorded({ type: 'CaseNoteAdded', data: { caseId: 'c1', noteId: 'n', text: '未投影' } })]);
    await infra.close();
    const lagging = await fx.cli('projections');
    expect(lagging.stdout).toMatch(/case-summary\s+10\s+1\s+0 {2}ok/);
  });

  it('shows a failed projection with its event and error, exit code 1', async () => {
    await fx.populate(1);
    fx.withDatabase('read-models.sqlite', (db) =>
      db.prepare("UPDATE projection_checkpoints SET status = 'failed', failed_position = 3, failed_event_id = 'e-3', error = 'boom' WHERE name = 'case-timeline'").run(),
    );
    const { code, stdout } = await fx.cli('projections');
    expect(code).toBe(1);
    expect(stdout).toMatch(/case-timeline\s+5\s+0\s+0 {2}FAILED at position 3 \(event e-3\): boom/);
  });
});
