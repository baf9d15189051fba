import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXAMPLE_SUBSIDY_RULES } from '@careledger/domain-nursing-subsidy';
import { ConfigError, loadConfig } from './app-config';

const REPO_ROOT = path.resolve(__dirname, '../../..');

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
      subsidyRulesFile: null,
      subsidyRules: [EXAMPLE_SUBSIDY_RULES],
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

describe('loadConfig: nursing-subsidy rules', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-rules-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const rulesFile = (content: unknown): string => {
    const file = path.join(dir, 'rules.json');
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  const problemsOf = (file: string): readonly string[] => {
    try {
      loadConfig({ CARELEDGER_SUBSIDY_RULES: file }, dir);
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    throw new Error('expected the configuration to be refused');
  };
  const { eligibleGrades, ...example } = EXAMPLE_SUBSIDY_RULES;
  const valid = { ...example, eligibleGrades: [...eligibleGrades] };

  it('ships config/subsidy-rules.json with exactly the example rules of the domain guide', () => {
    const config = loadConfig({}, REPO_ROOT);
    expect(config.subsidyRulesFile).toBe(path.join(REPO_ROOT, 'config/subsidy-rules.json'));
    expect(config.subsidyRules).toEqual([EXAMPLE_SUBSIDY_RULES]);
  });

  it('reads the file named by CARELEDGER_SUBSIDY_RULES, rule sets oldest first', () => {
    const later = { ...valid, effectiveFrom: '2024-01-01', dailyRateFen: 12000, capPerStayDays: 30 };
    rulesFile({ ruleSets: [later, valid] });
    const config = loadConfig({ CARELEDGER_SUBSIDY_RULES: 'rules.json' }, dir);
    expect(config.subsidyRulesFile).toBe(path.join(dir, 'rules.json'));
    expect(config.subsidyRules.map((r) => [r.effectiveFrom, r.dailyRateFen, r.capPerStayDays])).toEqual([
      ['2020-01-01', 10000, undefined],
      ['2024-01-01', 12000, 30],
    ]);
  });

  it('refuses a missing or unreadable file and a file without rule sets', () => {
    expect(problemsOf(path.join(dir, 'missing.json'))).toEqual([expect.stringMatching(/CARELEDGER_SUBSIDY_RULES .*cannot read/)]);
    expect(problemsOf(rulesFile('{ "ruleSets": [ '))).toEqual([expect.stringContaining('cannot read')]);
    expect(problemsOf(rulesFile({ ruleSets: [] }))).toEqual([expect.stringContaining('non-empty "ruleSets"')]);
    expect(problemsOf(rulesFile([valid]))).toEqual([expect.stringContaining('non-empty "ruleSets"')]);
  });

  it('refuses invalid rule sets, naming each one and its field', () => {
    const problems = problemsOf(
      rulesFile({
        ruleSets: [
          { ...valid, dailyRateFen: -100 },
          { ...valid, effectiveFrom: '2021-02-30' },
          { ...valid, effectiveFrom: '2022-01-01', dayCounting: 'WHOLE_WEEKS' },
          { ...valid, effectiveFrom: '2023-01-01', noticeDays: 0 },
          { ...valid, effectiveFrom: '2024-01-01', capPerYearDays: 60 },
          { ...valid, effectiveFrom: '2025-01-01', eligibleGrades: ['LEVEL_9'] },
          { ...valid, effectiveFrom: '2026-01-01', capPerStayDays: 1.5 },
          'not a rule set',
        ],
      }),
    );
    expect(problems).toEqual([
      expect.stringContaining('ruleSets[0].dailyRateFen'),
      expect.stringContaining('ruleSets[1].effectiveFrom'),
      expect.stringContaining('ruleSets[2].dayCounting'),
      expect.stringContaining('ruleSets[3].noticeDays'),
      expect.stringContaining('ruleSets[4] has unknown keys: capPerYearDays'),
      expect.stringContaining('ruleSets[5].eligibleGrades'),
      expect.stringContaining('ruleSets[6].capPerStayDays'),
      expect.stringContaining('ruleSets[7] must be an object'),
    ]);
  });

  it('refuses two rule sets taking effect on the same day', () => {
    expect(problemsOf(rulesFile({ ruleSets: [valid, { ...valid, dailyRateFen: 5000 }] }))).toEqual([
      expect.stringContaining('same day'),
    ]);
  });
});
