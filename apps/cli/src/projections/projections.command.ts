import { allProjections } from '@careledger/projections';
import { UsageError } from '../shared/args';
import { EXIT_FAILED, EXIT_OK, type Command } from '../shared/command';
import { withStore } from '../shared/store-session';

/** Like the API's projection health: lag is counted up to this many events. */
const LAG_CAP = 10_000;

export const projectionsCommand: Command = {
  name: 'projections',
  summary: "each projection's checkpoint, lag (events still to apply), status and error",
  options: {},
  help: `usage: careledger projections

For each projection: the position of the last event it applied, its lag (events it still has to
apply, counted up to ${LAG_CAP}), events it skipped as unknown, and whether it failed — at which
event and why. A failed projection resumes when the API restarts (or through resumeProjection).

exit codes: 0 none failed, 1 a projection has failed, 2 usage error
`,
  async run(args, io) {
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
    return withStore(io, async ({ infra }) => {
      const head = await infra.rawStore.head();
      const rows = await infra.readDb.selectFrom('projection_checkpoints').selectAll().execute();
      io.stdout(`log head: position ${head.position}\n`);
      io.stdout(`${'projection'.padEnd(16)}${'position'.padStart(10)}${'lag'.padStart(8)}${'skipped'.padStart(9)}  status\n`);
      let anyFailed = false;
      for (const projection of allProjections) {
        const row = rows.find((r) => r.name === projection.name);
        const position = Number(row?.position ?? 0);
        const ahead = await infra.rawStore.readAll({ fromPosition: position, filter: projection.filter, limit: LAG_CAP + 1 });
        const lag = ahead.length > LAG_CAP ? `${LAG_CAP}+` : String(ahead.length);
        const failed = row?.status === 'failed';
        anyFailed ||= failed;
        const status = !row ? 'never ran' : failed ? `FAILED at position ${row.failed_position} (event ${row.failed_event_id}): ${row.error}` : 'ok';
        io.stdout(`${projection.name.padEnd(16)}${String(position).padStart(10)}${lag.padStart(8)}${String(row?.skipped ?? 0).padStart(9)}  ${status}\n`);
      }
      return anyFailed ? EXIT_FAILED : EXIT_OK;
    });
  },
};
