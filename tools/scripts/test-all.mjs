// `npm test`: every check — lint (with the module-boundary rules), typecheck, unit and
// integration tests, then the builds and the end-to-end tests (HTTP and headless browser).
// In CI (CI=true) Nx's cache is skipped so a clean clone really runs every test.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const cacheFlags = process.env.CI ? ['--skip-nx-cache'] : [];
const steps = [
  ['lint, typecheck, unit and integration tests', ['run-many', '-t', 'lint', 'typecheck', 'test']],
  ['builds and end-to-end tests', ['run-many', '-t', 'e2e']],
];
for (const [title, args] of steps) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync('npx', ['nx', ...args, '--outputStyle=stream', ...cacheFlags], { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✔ all checks passed');
