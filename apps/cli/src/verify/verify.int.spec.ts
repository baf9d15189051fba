import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CliFixture } from '../testing/cli-fixture';

describe('careledger verify / anchor (real SQLite files)', () => {
  let fx: CliFixture;
  let head: number;
  beforeEach(async () => {
    fx = new CliFixture();
    head = await fx.populate(3);
  });
  afterEach(() => fx.dispose());

  it('passes an intact log, printing the count and the head', async () => {
    const { code, stdout } = await fx.cli('verify');
    expect(code).toBe(0);
    expect(stdout).toContain(`chain:  ok — ${head} events checked`);
    expect(stdout).toMatch(new RegExp(`head:   position ${head}, hash [0-9a-f]{64}`));
    await expect(fx.cli('verify', '--from', '4', '--to', '9')).resolves.toMatchObject({ code: 0, stdout: expect.stringContaining('ok — 6 events checked') });
  });

  it('finds one byte changed in a stored event at that position', async () => {
    // Position 9: the second family's contact; its name is stored as plain text.
    const data = fx.withDatabase('events.sqlite', (db) => db.prepare('SELECT data FROM events WHERE position = 9').pluck().get() as string);
    const i = data.indexOf('王芳') + 1;
    expect(i).toBeGreaterThan(0);
    fx.tamperEvents('UPDATE events SET data = ? WHERE position = 9', data.slice(0, i) + String.fromCharCode(data.charCodeAt(i) ^ 1) + data.slice(i + 1));
    const { code, stdout } = await fx.cli('verify');
    expect(code).toBe(1);
    expect(stdout).toContain('BROKEN at position 9 — hash_mismatch');
    expect(stdout).toContain('8 events checked intact before it');
  });

  it('finds a deleted event', async () => {
    fx.tamperEvents('DELETE FROM events WHERE position = 5');
    const { code, stdout } = await fx.cli('verify');
    expect(code).toBe(1);
    expect(stdout).toContain('BROKEN at position 5 — position_gap');
  });

  it('finds two events whose places were swapped', async () => {
    fx.tamperEvents('UPDATE events SET position = -1 WHERE position = 3');
    fx.tamperEvents('UPDATE events SET position = 3 WHERE position = 8');
    fx.tamperEvents('UPDATE events SET position = 8 WHERE position = -1');
    const { code, stdout } = await fx.cli('verify');
    expect(code).toBe(1);
    expect(stdout).toMatch(/BROKEN at position 3 — (link_mismatch|hash_mismatch)/);
  });

  it('sees the tail cut off only with an anchor', async () => {
    const anchored = await fx.cli('anchor', '--out', 'anchor.json');
    expect(anchored.code).toBe(0);
    const anchor = JSON.parse(anchored.stdout);
    expect(anchor).toEqual({ position: head, hash: expect.stringMatching(/^[0-9a-f]{64}$/), anchoredAt: '2024-01-02T03:04:05.000Z' });
    await expect(fx.cli('verify', '--anchor', 'anchor.json')).resolves.toMatchObject({ code: 0, stdout: expect.stringContaining('anchor: ok') });

    fx.tamperEvents('DELETE FROM events WHERE position >= ?', head - 1);
    const plain = await fx.cli('verify');
    expect(plain.code).toBe(0);
    const withAnchor = await fx.cli('verify', '--anchor', path.join(fx.dataDir, 'anchor.json'));
    expect(withAnchor.code).toBe(1);
    expect(withAnchor.stdout).toContain('chain:  ok');
    expect(withAnchor.stdout).toContain(`anchor: FAILED (cut_off) — position ${head} no longer exists (the log ends at ${head - 2})`);
    const inline = await fx.cli('verify', '--anchor', `${anchor.position}:${anchor.hash}`);
    expect(inline.code).toBe(1);
  });

  it('says when an anchored position now holds another hash', async () => {
    writeFileSync(path.join(fx.dataDir, 'old.json'), JSON.stringify({ position: 4, hash: 'a'.repeat(64) }));
    const { code, stdout } = await fx.cli('verify', '--anchor', 'old.json');
    expect(code).toBe(1);
    expect(stdout).toContain('anchor: FAILED (rewritten)');
  });

  it('refuses a broken log to anchor, and bad arguments with exit code 2', async () => {
    fx.tamperEvents('DELETE FROM events WHERE position = 2');
    await expect(fx.cli('anchor')).resolves.toMatchObject({ code: 1, stderr: expect.stringContaining('broken at position 2') });
    for (const argv of [['verify', '--from', 'x'], ['verify', '--from', '5', '--to', '2'], ['verify', '--anchor', 'missing.json'], ['verify', 'extra'], ['nope']]) {
      const result = await fx.cli(...argv);
      expect([argv, result.code]).toEqual([argv, 2]);
    }
  });

  it('refuses a DATA_DIR without a store instead of creating an empty one', async () => {
    fx.env.DATA_DIR = path.join(fx.dataDir, 'elsewhere');
    await expect(fx.cli('verify')).resolves.toMatchObject({ code: 2, stderr: expect.stringContaining('no event store in') });
  });
});
