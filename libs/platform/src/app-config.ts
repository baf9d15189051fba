import path from 'node:path';

/** Start-up configuration: read once from the environment, validated, frozen. */
export interface AppConfig {
  readonly port: number;
  /** Where the embedded store keeps its files (events, read models, master key). */
  readonly dataDir: string;
  /**
   * SQLite durability of the event log. FULL (default): an acknowledged command survives power
   * loss. NORMAL: faster; in WAL mode a power cut may lose the last acknowledged commits (never
   * corrupts). Read models always run NORMAL: they commit with their checkpoint and can be rebuilt.
   */
  readonly sqliteSynchronous: 'FULL' | 'NORMAL';
  /** 32-byte master key wrapping each person's data key, from CARELEDGER_MASTER_KEY (hex or base64). */
  readonly masterKeyFromEnv: Buffer | null;
  /** Built web client to serve at `/`, when present. */
  readonly webDist: string;
  /** Seed the demo data set into an empty store. */
  readonly seedDemo: boolean;
  /** Where to write the generated GraphQL schema (development), or false to keep it in memory. */
  readonly schemaFile: string | false;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];

  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be 0–65535, got "${env['PORT']}"`);

  const synchronous = (env['SQLITE_SYNCHRONOUS'] ?? 'FULL').toUpperCase();
  if (synchronous !== 'FULL' && synchronous !== 'NORMAL') {
    problems.push(`SQLITE_SYNCHRONOUS must be FULL or NORMAL, got "${env['SQLITE_SYNCHRONOUS']}"`);
  }

  let masterKeyFromEnv: Buffer | null = null;
  const rawKey = env['CARELEDGER_MASTER_KEY'];
  if (rawKey) {
    masterKeyFromEnv = /^[0-9a-f]{64}$/i.test(rawKey) ? Buffer.from(rawKey, 'hex') : Buffer.from(rawKey, 'base64');
    if (masterKeyFromEnv.length !== 32) problems.push('CARELEDGER_MASTER_KEY must be 32 bytes (64 hex characters or base64)');
  }

  const seed = (env['SEED_DEMO'] ?? 'true').toLowerCase();
  if (!['true', 'false', '1', '0'].includes(seed)) problems.push(`SEED_DEMO must be true or false, got "${env['SEED_DEMO']}"`);

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    port,
    dataDir: path.resolve(cwd, env['DATA_DIR'] ?? 'data'),
    sqliteSynchronous: synchronous as 'FULL' | 'NORMAL',
    masterKeyFromEnv,
    webDist: path.resolve(cwd, env['WEB_DIST'] ?? 'dist/apps/web'),
    seedDemo: seed === 'true' || seed === '1',
    schemaFile: env['GRAPHQL_SCHEMA_FILE'] ? path.resolve(cwd, env['GRAPHQL_SCHEMA_FILE']) : false,
  });
}
