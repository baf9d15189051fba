import path from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded store under ./data, port 3000, FULL durability and demo data', () => {
    const config = loadConfig({}, '/srv/careledger');
    expect(config).toMatchObject({
      port: 3000,
      dataDir: '/srv/careledger/data',
      sqliteSynchronous: 'FULL',
      masterKeyFromEnv: null,
      seedDemo: true,
      webDist: path.join('/srv/careledger', 'dist/apps/web'),
      schemaFile: false,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads PORT, DATA_DIR, SQLITE_SYNCHRONOUS, SEED_DEMO and a hex master key', () => {
    const key = 'ab'.repeat(32);
    const config = loadConfig(
      { PORT: '8080', DATA_DIR: '/var/lib/cl', SQLITE_SYNCHRONOUS: 'normal', SEED_DEMO: 'false', CARELEDGER_MASTER_KEY: key },
      '/x',
    );
    expect(config).toMatchObject({ port: 8080, dataDir: '/var/lib/cl', sqliteSynchronous: 'NORMAL', seedDemo: false });
    expect(config.masterKeyFromEnv?.toString('hex')).toBe(key);
  });

  it('refuses bad settings all at once, naming each', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', SQLITE_SYNCHRONOUS: 'OFF', SEED_DEMO: 'maybe', CARELEDGER_MASTER_KEY: 'c2hvcnQ=' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringContaining('PORT'),
      expect.stringContaining('SQLITE_SYNCHRONOUS'),
      expect.stringContaining('CARELEDGER_MASTER_KEY'),
      expect.stringContaining('SEED_DEMO'),
    ]);
  });
});
