// Runs a TypeScript entry point of the workspace (tools, benchmarks, CLI) without a separate
// build step: bundles it with the same settings as the API build, then runs it with the
// remaining arguments.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleNode } from './esbuild-node.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/scripts/run-ts.mjs <entry.ts> [args…]');
  process.exit(2);
}
const dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-run-'));
const outfile = path.join(dir, 'main.cjs');
try {
  await bundleNode({ entry, outfile });
  const result = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], {
    stdio: 'inherit',
    env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
