import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '@careledger/domain-kernel';
import {
  EXAMPLE_SUBSIDY_RULES,
  selectRules,
  validateSubsidyRules,
  type SubsidyRules,
} from '@careledger/domain-nursing-subsidy';

/** Relative to the working directory (the repository root in development and `npm start`). */
export const DEFAULT_SUBSIDY_RULES_FILE = 'config/subsidy-rules.json';

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
  /**
   * The nursing-subsidy rules file: CARELEDGER_SUBSIDY_RULES (must exist), else
   * config/subsidy-rules.json when present; null = none found, the built-in EXAMPLE_SUBSIDY_RULES
   * (the same content as the shipped file) apply.
   */
  readonly subsidyRulesFile: string | null;
  /** Its effective-dated rule sets, validated, oldest first. */
  readonly subsidyRules: readonly SubsidyRules[];
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

  const rulesSetting = env['CARELEDGER_SUBSIDY_RULES'];
  const defaultRules = path.resolve(cwd, DEFAULT_SUBSIDY_RULES_FILE);
  const subsidyRulesFile = rulesSetting ? path.resolve(cwd, rulesSetting) : existsSync(defaultRules) ? defaultRules : null;
  const subsidyRules = subsidyRulesFile ? loadSubsidyRules(subsidyRulesFile, problems) : Object.freeze([EXAMPLE_SUBSIDY_RULES]);

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    port,
    dataDir: path.resolve(cwd, env['DATA_DIR'] ?? 'data'),
    sqliteSynchronous: synchronous as 'FULL' | 'NORMAL',
    masterKeyFromEnv,
    webDist: path.resolve(cwd, env['WEB_DIST'] ?? 'dist/apps/web'),
    seedDemo: seed === 'true' || seed === '1',
    schemaFile: env['GRAPHQL_SCHEMA_FILE'] ? path.resolve(cwd, env['GRAPHQL_SCHEMA_FILE']) : false,
    subsidyRulesFile,
    subsidyRules,
  });
}

const RULE_KEYS: readonly string[] = [
  'effectiveFrom',
  'dailyRateFen',
  'dayCounting',
  'capPerStayDays',
  'capPerPersonPerYearDays',
  'capPerPersonPerYearFen',
  'noticeRequired',
  'noticeDays',
  'eligibleGrades',
];

/**
 * The nursing-subsidy rule sets: `{ "ruleSets": [ { effectiveFrom, dailyRateFen, … } ] }`, each
 * checked by the domain's own validation, plus what JSON adds: a misspelt key (it would silently
 * drop a cap) and two rule sets starting the same day. Problems name the file and the field.
 */
function loadSubsidyRules(file: string, problems: string[]): readonly SubsidyRules[] {
  const problem = (text: string): void => void problems.push(`CARELEDGER_SUBSIDY_RULES (${file}): ${text}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problem(`cannot read the subsidy rules: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  const ruleSets = (parsed as { ruleSets?: unknown } | null)?.ruleSets;
  if (!Array.isArray(ruleSets) || ruleSets.length === 0) {
    problem('must be an object with a non-empty "ruleSets" array');
    return [];
  }
  const valid: SubsidyRules[] = [];
  ruleSets.forEach((rules: unknown, i) => {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      problem(`ruleSets[${i}] must be an object`);
      return;
    }
    const unknownKeys = Object.keys(rules).filter((key) => !RULE_KEYS.includes(key));
    if (unknownKeys.length > 0) {
      problem(`ruleSets[${i}] has unknown keys: ${unknownKeys.join(', ')}`);
      return;
    }
    try {
      valid.push(Object.freeze(validateSubsidyRules(rules as SubsidyRules, `ruleSets[${i}]`)));
    } catch (error) {
      problem(error instanceof DomainError ? `${String(error.details['field'])}: ${error.message}` : String(error));
    }
  });
  if (valid.length !== ruleSets.length) return [];
  try {
    selectRules(valid, '9999-12-31');
  } catch (error) {
    problem(error instanceof Error ? error.message : String(error));
  }
  return Object.freeze([...valid].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)));
}
