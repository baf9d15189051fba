import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { openSqliteEventStore } from './sqlite-event-store';
import { removeTempDir, tempDatabase } from './testing/sqlite-contract.harness';

const WORKSPACE = path.resolve(__dirname, '../../../..');
const WORKER = 'libs/event-store/sqlite/src/testing/concurrent-appender.main.ts';
const PROCESSES = 3;
const APPENDS = 40;

interface WorkerReport {
  readonly positions: number[];
  readonly conflicts: number;
  readonly errors: string[];
}

/** Bundles the worker once (same esbuild settings as run-ts.mjs), instead of once per process. */
function bundleWorker(outfile: string): void {
  const script = `import { bundleNode } from './tools/scripts/esbuild-node.mjs';
    await bundleNode({ entry: ${JSON.stringify(WORKER)}, outfile: ${JSON.stringify(outfile)} });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: WORKSPACE, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bundling the worker failed: ${result.stderr}`);
}

/** Starts the workers, releases them at once when all are ready, and collects their reports. */
async function runWorkers(bundle: string, filename: string, mode: 'any' | 'exact'): Promise<WorkerReport[]> {
  const workers: ChildProcessWithoutNullStreams[] = [];
  const outputs: Promise<string>[] = [];
  const ready: Promise<void>[] = [];
  for (let i = 0; i < PROCESSES; i += 1) {
    const child = spawn(process.execPath, [bundle, filename, mode, String(APPENDS)], {
      cwd: WORKSPACE,
      env: { ...process.env, NODE_PATH: path.join(WORKSPACE, 'node_modules') },
    });
    workers.push(child);
    let stdout = '';
    let stderr = '';
    ready.push(
      new Promise((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.startsWith('ready\n')) resolve();
        });
        child.once('exit', () => reject(new Error(`worker exited before ready: ${stderr}`)));
      }),
    );
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    outputs.push(
      new Promise((resolve, reject) =>
        child.once('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`worker failed: ${stderr}`)))),
      ),
    );
  }
  await Promise.all(ready);
  for (const child of workers) child.stdin.end('go\n');
  const texts = await Promise.all(outputs);
  return texts.map((text) => JSON.parse(text.trim().split('\n').at(-1) ?? '{}') as WorkerReport);
}

/**
 * Real contention: separate processes append to one file at once. BEGIN IMMEDIATE makes them
 * queue on the write lock; with a deferred transaction the lock upgrade fails with SQLITE_BUSY
 * at once (no busy wait is possible there), which shows up here as worker errors.
 */
describe('SQLite event store: several processes on one database', () => {
  let bundleDir: string;
  let bundle: string;
  let dir: string;
  let filename: string;
  beforeAll(() => {
    bundleDir = tempDatabase().dir;
    bundle = path.join(bundleDir, 'concurrent-appender.cjs');
    bundleWorker(bundle);
  }, 30_000);
  afterAll(() => removeTempDir(bundleDir));
  beforeEach(async () => {
    ({ dir, filename } = tempDatabase());
    await openSqliteEventStore({ filename }).close(); // schema first, so workers only append
  });
  afterEach(() => removeTempDir(dir));

  it.each<'any' | 'exact'>(['any', 'exact'])(
    'serialises appends with %s expected revision: none lost, none duplicated, chain intact',
    async (mode) => {
      const reports = await runWorkers(bundle, filename, mode);

      expect(reports.flatMap((r) => r.errors)).toEqual([]);
      const positions = reports.flatMap((r) => r.positions).sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: PROCESSES * APPENDS }, (_, i) => i + 1));

      const store = openSqliteEventStore({ filename });
      const stream = await store.readStream('case-shared');
      expect(stream.map((e) => e.revision)).toEqual(positions.map((_, i) => i));
      await expect(store.verifyChain()).resolves.toMatchObject({ ok: true, checked: PROCESSES * APPENDS });
      await store.close();
    },
    60_000,
  );
});
