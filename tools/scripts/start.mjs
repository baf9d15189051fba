// `npm start`: builds the API and the web client (Nx skips what is up to date), then starts
// CareLedger on the embedded store. PORT (default 3000) and DATA_DIR (default ./data) apply;
// an empty store is seeded with the demo data set.
import { spawnSync, spawn } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
console.log('Building CareLedger (API and web client)…');
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--outputStyle=static'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env,
});
if (build.status !== 0) {
  console.error('Build failed: run `npx nx run-many -t build --projects=api,web` to see why.');
  process.exit(build.status ?? 1);
}
const server = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
