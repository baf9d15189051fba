import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { bundleEventStore, readBundle } from '@careledger/event-store';
import { allProjections, openRebuildTarget, rebuildReadModels } from '@careledger/projections';
import { sql } from 'kysely';
import { stringOption, UsageError } from '../shared/args';
import { EXIT_FAILED, EXIT_OK, type Command } from '../shared/command';
import { formatVerification } from '../shared/format-verification';
import { progressBar } from '../shared/progress-bar';
import { keylessView } from './keyless-store';

export const replayCommand: Command = {
  name: 'replay',
  summary: 'verify a bundle, then rebuild every read model from it alone into a separate database',
  options: { out: 'string' },
  help: `usage: careledger replay <bundle.ndjson> --out <dir>

Verifies the bundle (see \`careledger export --help\` for what is and is not checked) and, only if
it verifies, replays it through every projection into <dir>/read-models.sqlite — a new database;
the store (DATA_DIR) is not used at all. Personal data stays encrypted and no key is needed:
projections see it as erased (null), so masked ID and phone numbers read as erased there.

exit codes: 0 verified and replayed, 1 the bundle does not verify or a projection failed, 2 usage error
`,
  async run(args, io) {
    const [bundleArg, ...extra] = args.positionals;
    if (bundleArg === undefined) throw new UsageError('name the bundle file');
    if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
    const outArg = stringOption(args, 'out');
    if (outArg === undefined) throw new UsageError('--out <dir> is required');
    const bundleFile = path.resolve(io.cwd, bundleArg);
    if (!existsSync(bundleFile)) throw new UsageError(`no such file ${bundleFile}`);
    const filename = path.join(path.resolve(io.cwd, outArg), 'read-models.sqlite');
    if (existsSync(filename)) throw new UsageError(`${filename} exists already; replay into a new directory`);

    const bundle = await readBundle(createInterface({ input: createReadStream(bundleFile, 'utf8'), crlfDelay: Infinity }));
    io.stdout(formatVerification(bundle.verification));
    if (!bundle.verification.ok) {
      io.stdout('Not replayed: the bundle does not verify.\n');
      return EXIT_FAILED;
    }

    mkdirSync(path.dirname(filename), { recursive: true });
    const target = await openRebuildTarget(filename);
    try {
      const bar = progressBar(io, 'replay');
      const result = await rebuildReadModels({
        store: keylessView(bundleEventStore(bundle)),
        projections: allProjections,
        target,
        now: () => io.clock.now().toISOString(),
        onProgress: bar.update,
      });
      bar.done();
      io.stdout(`Replayed ${result.events} events into ${filename}\n`);
      const tables = await target.introspection.getTables();
      for (const table of tables.filter((t) => !t.isView)) {
        const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table.name)}`.execute(target);
        io.stdout(`  ${table.name.padEnd(24)} ${String(rows[0]?.n ?? 0).padStart(7)} rows\n`);
      }
      const failed = result.projections.filter((p) => p.status === 'failed');
      for (const p of failed) io.stdout(`Projection ${p.name} FAILED at position ${p.failedPosition}: ${p.error}\n`);
      return failed.length === 0 ? EXIT_OK : EXIT_FAILED;
    } finally {
      await target.destroy();
    }
  },
};
