import { mkdtempSync, rmSync, statSync, unlinkSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from './app-config';
import { systemClock } from './clock';
import { openInfrastructure } from './infrastructure';

describe('openInfrastructure (embedded store)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'careledger-platform-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates the store, the read models and an owner-only master key on first start', async () => {
    const infra = await openInfrastructure(loadConfig({ DATA_DIR: dataDir }), systemClock);
    await infra.close();
    expect(existsSync(path.join(dataDir, 'events.sqlite'))).toBe(true);
    expect(existsSync(path.join(dataDir, 'read-models.sqlite'))).toBe(true);
    expect(statSync(path.join(dataDir, 'master.key')).mode & 0o777).toBe(0o600);
  });

  it('refuses to open an existing store whose master key is missing', async () => {
    const first = await openInfrastructure(loadConfig({ DATA_DIR: dataDir }), systemClock);
    await first.close();
    unlinkSync(path.join(dataDir, 'master.key'));
    await expect(openInfrastructure(loadConfig({ DATA_DIR: dataDir }), systemClock)).rejects.toThrow(/master key does not/);
  });

  it('uses the key from the environment and writes no key file', async () => {
    const infra = await openInfrastructure(loadConfig({ DATA_DIR: dataDir, CARELEDGER_MASTER_KEY: '11'.repeat(32) }), systemClock);
    await infra.close();
    expect(existsSync(path.join(dataDir, 'master.key'))).toBe(false);
  });
});
