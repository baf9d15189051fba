// `npm start`: builds the API and the web client (Nx skips what is up to date), then starts
// CareLedger on the embedded store. PORT (default 3000) and DATA_DIR (default ./data) apply.
//
// A NEW data directory is filled with demo data, chosen by DEMO_DATA:
//   year     (default) the generated 2023 year of a county like 辰溪县 (tools/demo-year), sent
//            through the API's own mutations once the API is up: about 2,700 commands, 20–40 s;
//            the annual report then reproduces the seed report's figures exactly.
//   families the 12 hand-written demo families with their histories (seeded by the API itself).
//   none     an empty store.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const demoData = env.DEMO_DATA ?? 'year';
if (!['year', 'families', 'none'].includes(demoData)) {
  console.error(`DEMO_DATA must be year, families or none (got "${demoData}")`);
  process.exit(2);
}
const dataDir = path.resolve(env.DATA_DIR ?? 'data');
const newStore = !existsSync(path.join(dataDir, 'events.sqlite'));
const generateYear = newStore && demoData === 'year';

console.log('Building CareLedger (API and web client)…');
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--outputStyle=static'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env,
});
if (build.status !== 0) {
  console.error('Build failed: run `npx nx run-many -t build --projects=api,web` to see why.');
  process.exit(build.status ?? 1);
}

// The API seeds the small demo itself; the generated year is sent to it from outside, like a client.
const serverEnv = { ...env, SEED_DEMO: env.SEED_DEMO ?? String(demoData === 'families') };
const server = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: serverEnv,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

let generated = !generateYear;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const ready = /CareLedger is ready: (http:\/\/\S+?)\/\s/.exec(String(chunk));
  if (ready && !generated) {
    generated = true;
    loadDemoYear(ready[1]);
  }
});

function loadDemoYear(baseUrl) {
  console.log('New data directory: generating the demo year 2023 through the API (DEMO_DATA=families for the small demo)…');
  const generator = spawn(
    process.execPath,
    ['tools/scripts/run-ts.mjs', 'tools/demo-year/main.ts', '--url', `${baseUrl}/graphql`, '--year', '2023'],
    { stdio: 'inherit', env },
  );
  generator.on('exit', (code) => {
    if (code === 0) console.log(`Demo year loaded. CareLedger is ready: ${baseUrl}/  (年度报告: ${baseUrl}/report)`);
    else console.error(`The demo-year generator failed (exit ${code}); the API keeps running with what was sent.`);
  });
}
