import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const workspaceRoot = path.resolve(__dirname, '../../..');

export interface ApiProcess {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The API as `npm start` runs it, in a child process: bundled from the current sources into a
 * temporary folder with the workspace's own build script (a few seconds; dist/ is left to the
 * other builds), on an empty temporary store, without the demo seed, on a free port.
 * `files` are written into the temporary folder first, and `env` may name them (`{dir}/…`).
 */
export async function startApiProcess(options: { readonly env?: Readonly<Record<string, string>>; readonly files?: Readonly<Record<string, string>> } = {}): Promise<ApiProcess> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-demo-year-'));
  for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(path.join(dir, name), text);
  const env = Object.fromEntries(Object.entries(options.env ?? {}).map(([k, v]) => [k, v.replaceAll('{dir}', dir)]));
  const outfile = path.join(dir, 'api.cjs');
  const script = `import(${JSON.stringify(path.join(workspaceRoot, 'tools/scripts/esbuild-node.mjs'))}).then((m) => m.bundleNode({ entry: 'apps/api/src/main.ts', outfile: ${JSON.stringify(outfile)} }))`;
  const build = spawnSync(process.execPath, ['-e', script], { cwd: workspaceRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`API build failed: ${build.stderr}`);
  const child = spawn(process.execPath, ['--enable-source-maps', outfile], {
    cwd: workspaceRoot,
    env: { ...process.env, NODE_PATH: path.join(workspaceRoot, 'node_modules'), DATA_DIR: path.join(dir, 'data'), SEED_DEMO: 'false', PORT: '0', SQLITE_SYNCHRONOUS: 'NORMAL', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await readyUrl(child);
  return {
    url: `${url}/graphql`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readyUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the API did not start in 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /CareLedger is ready: (http:\/\/[^/\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with ${code}:\n${output}`));
    });
  });
}
