import { rmSync } from 'node:fs';
import path from 'node:path';
import {
  allProjections,
  compareReadModels,
  openRebuildTarget,
  rebuildReadModels,
  swapReadModels,
  type ReadModelDatabase,
  type RebuildResult,
} from '@careledger/projections';
import type { Kysely } from 'kysely';
import { UsageError } from '../shared/args';
import { EXIT_FAILED, EXIT_OK, type Command } from '../shared/command';
import { formatComparison } from '../shared/format-comparison';
import { progressBar } from '../shared/progress-bar';
import { withStore } from '../shared/store-session';

const SWAP_ATTEMPTS = 3;

export const rebuildCommand: Command = {
  name: 'rebuild',
  summary: 'replay the log into fresh read models, compare with the live ones, swap only if equal',
  options: { check: 'boolean', force: 'boolean' },
  help: `usage: careledger rebuild [projection…] [--check] [--force]

Replays the whole log into a fresh, temporary read-model database (progress on stderr), then
compares it with the live read models table by table and prints every difference.

  projection…  only these (${allProjections.map((p) => p.name).join(', ')}); default: all
  --check      only compare; change nothing
  --force      swap in the rebuilt tables even when they differ (prints what changes)

Swapping replaces the live tables and checkpoints in ONE SQLite transaction holding the write
lock: API queries see the old or the new tables, never a mix. It happens only while each
projection the API is following sits at exactly the rebuilt checkpoint (retried after catching
up); otherwise nothing is changed. Without --force it happens only when the tables are equal.

exit codes: 0 equal (and swapped), 1 different (nothing swapped) or the swap was refused,
            2 usage error
`,
  async run(args, io) {
    const known = allProjections.map((p) => p.name as string);
    const unknown = args.positionals.filter((n) => !known.includes(n));
    if (unknown.length > 0) throw new UsageError(`unknown projection ${unknown.join(', ')} (known: ${known.join(', ')})`);
    const check = args.options['check'] === true;
    const force = args.options['force'] === true;
    if (check && force) throw new UsageError('--check and --force exclude each other');
    const names = [...new Set(args.positionals)];
    const projections = names.length > 0 ? allProjections.filter((p) => names.includes(p.name)) : [...allProjections];
    const now = () => io.clock.now().toISOString();

    return withStore(io, async ({ config, infra }) => {
      const filename = path.join(config.dataDir, `read-models.rebuild-${process.pid}.sqlite`);
      removeDatabase(filename);
      const target = await openRebuildTarget(filename);
      try {
        const bar = progressBar(io, 'rebuild');
        const result = await rebuildReadModels({ store: infra.store, projections, target, now, onProgress: bar.update });
        bar.done();
        io.stdout(summary(result));
        const catchUp = async () => {
          const toPosition = Math.max(result.toPosition, ...(await livePositions(infra.readDb, projections.map((p) => p.name))));
          await rebuildReadModels({ store: infra.store, projections, target, now, toPosition });
        };
        if (check) {
          // If the API applied events since the rebuild read the head, compare at the same place.
          await catchUp();
          const comparison = await compareReadModels(infra.readDb, target, names.length > 0 ? names : undefined);
          io.stdout(formatComparison(comparison));
          return comparison.equal ? EXIT_OK : EXIT_FAILED;
        }
        for (let attempt = 1; ; attempt += 1) {
          const swap = await swapReadModels({
            live: infra.readDb,
            rebuilt: target,
            rebuiltFilename: filename,
            projections: names.length > 0 ? names : 'all',
            force,
          });
          if (swap.swapped) {
            io.stdout(formatComparison(swap.comparison));
            io.stdout(
              swap.comparison.equal
                ? 'Swapped in the rebuilt read models (identical to the live ones).\n'
                : 'FORCED: swapped in the rebuilt read models; the live tables changed as listed above (live → rebuilt).\n',
            );
            return EXIT_OK;
          }
          if (swap.reason === 'different') {
            io.stdout(formatComparison(swap.comparison));
            io.stdout('Refusing to swap: the live read models differ from what the events say (nothing was changed). Use --force to replace them anyway.\n');
            return EXIT_FAILED;
          }
          if (attempt === SWAP_ATTEMPTS) {
            io.stdout(
              `Refusing to swap: ${swap.detail}. The API is still applying events, or was stopped before it caught up: ` +
                'let it catch up (start it), or stop it, and run again. Nothing was changed.\n',
            );
            return EXIT_FAILED;
          }
          await catchUp();
        }
      } finally {
        await target.destroy();
        removeDatabase(filename);
      }
    });
  },
};

function summary(result: RebuildResult): string {
  const seconds = result.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(result.events / seconds) : result.events;
  const lines = [`Replayed ${result.events} events (up to position ${result.toPosition}) in ${seconds.toFixed(1)} s — ${rate} events/s.`];
  for (const p of result.projections.filter((x) => x.status === 'failed')) {
    lines.push(`Projection ${p.name} FAILED at position ${p.failedPosition}: ${p.error} (its rebuilt tables stop before that event).`);
  }
  return `${lines.join('\n')}\n`;
}

async function livePositions(db: Kysely<ReadModelDatabase>, names: readonly string[]): Promise<number[]> {
  const rows = await db.selectFrom('projection_checkpoints').select('position').where('name', 'in', names).execute();
  return rows.map((r) => Number(r.position));
}

function removeDatabase(filename: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${filename}${suffix}`, { force: true });
}
