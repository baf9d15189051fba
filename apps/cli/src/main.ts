// Entry point: `npm run careledger -- <command> [options]` (tools/scripts/run-ts.mjs bundles and runs it).
import { processIo, run } from './cli';

run(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
