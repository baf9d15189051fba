import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The architecture is enforced by lint: these probes lint source text as if it were a file in a
 * given project and expect the Nx boundary rule to refuse the forbidden imports (and to accept
 * an allowed one, so the test would fail if the rule were switched off).
 */
const workspaceRoot = path.resolve(__dirname, '../..');

const ARCHITECTURE_RULES = ['@nx/enforce-module-boundaries', 'no-restricted-imports'];

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
}

// ESLint runs as its own process, exactly as `nx lint` runs it (its flat config is an ES module,
// which Jest's module sandbox cannot import).
async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const run = spawnSync(
    path.join(workspaceRoot, 'node_modules/.bin/eslint'),
    ['--stdin', '--stdin-filename', path.join(workspaceRoot, file), '--format', 'json'],
    { cwd: workspaceRoot, input: source, encoding: 'utf8' },
  );
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint failed: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && ARCHITECTURE_RULES.includes(m.ruleId)).map((m) => m.message);
}

const domainFile = 'libs/domain/care-case/src/boundary-probe.ts';

describe('module boundaries', () => {
  // The Nx rule reads the cached project graph and silently skips itself without one: make sure
  // the graph exists, as `nx lint` does before linting.
  beforeAll(() => {
    const nx = spawnSync(path.join(workspaceRoot, 'node_modules/.bin/nx'), ['show', 'projects'], {
      cwd: workspaceRoot,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    if (nx.status !== 0) throw new Error(`nx could not compute the project graph: ${nx.stderr}`);
  });

  it.each([
    ['@nestjs/common', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;"],
    ['react', "import { useState } from 'react';\nexport const x = useState;"],
    ['better-sqlite3', "import Database from 'better-sqlite3';\nexport const x = Database;"],
    ['kysely', "import { Kysely } from 'kysely';\nexport const x = Kysely;"],
  ])('refuses %s in a domain library', async (name, source) => {
    expect(await boundaryErrors(domainFile, source)).toEqual([
      `A project tagged with "type:domain" is not allowed to import "${name}"`,
    ]);
  });

  it.each([
    ["import { randomUUID } from 'node:crypto';\nexport const x = randomUUID;"],
    ["import { readFileSync } from 'fs';\nexport const x = readFileSync;"],
  ])('refuses Node built-ins (I/O, crypto) in a domain library: %s', async (source) => {
    expect(await boundaryErrors(domainFile, source)).toEqual([expect.stringContaining('Domain libraries are pure')]);
  });

  it('refuses an outer layer (the event store) in a domain library', async () => {
    const source = "import { ANY } from '@careledger/event-store';\nexport const x = ANY;";
    expect(await boundaryErrors(domainFile, source)).toEqual([
      'A project tagged with "type:domain" can only depend on libs tagged with "type:domain"',
    ]);
  });

  it('lets a domain library use another domain library', async () => {
    const source = "import { isCivilDate } from '@careledger/domain-kernel';\nexport const x = isCivilDate;";
    expect(await boundaryErrors(domainFile, source)).toEqual([]);
  });

  it('refuses server code in the web client', async () => {
    const source = "import { listCases } from '@careledger/projections';\nexport const x = listCases;";
    expect(await boundaryErrors('apps/web/src/boundary-probe.ts', source)).toEqual([
      expect.stringContaining('A project tagged with "scope:web" can only depend on libs tagged with'),
    ]);
  });

  it('keeps the event store ignorant of the domain (arrows point inward)', async () => {
    const source = "import { careCaseStreamId } from '@careledger/domain-care-case';\nexport const x = careCaseStreamId;";
    expect(await boundaryErrors('libs/event-store/sqlite/src/boundary-probe.ts', source)).toEqual([
      'A project tagged with "type:data" can only depend on libs tagged with "type:data"',
    ]);
  });
});
