import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { careCaseStreamId } from '@careledger/domain-care-case';
import { readBundle, writeBundle, type BundleSelection } from '@careledger/event-store';
import { intOption, stringOption, UsageError, type ParsedArgs } from '../shared/args';
import { EXIT_FAILED, EXIT_OK, type Command } from '../shared/command';
import { formatVerification } from '../shared/format-verification';
import { withStore } from '../shared/store-session';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write an auditor\'s bundle (NDJSON with hashes): a stream, a case, or a range of the log',
  options: { stream: 'string', case: 'string', from: 'string', to: 'string', out: 'string' },
  help: `usage: careledger export (--stream <id> | --case <caseId> | --from N --to N) [--out file.ndjson]

Writes the selected events exactly as stored — personal data stays encrypted, every event with
its prevHash and hash — after a header line (selection, the log's head, the count).

  --stream ID    one stream, e.g. case-<uuid>
  --case ID      a care case: its stream and every event whose data names it (caseId/caseIds)
  --from N --to N  a contiguous range of the log (either may be left out: 1 / the head)
  --out F        write to F (default: stdout)

A range bundle is checked as a chain (linked from its first event's prevHash). A stream or case
bundle is not contiguous in the log: each event's own hash is checked, not the links between
them. The export reads its own output back and prints that verification on stderr.

exit codes: 0 written and verified, 1 written but it does not verify (the store is damaged), 2 usage error
`,
  async run(args, io) {
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
    const selection = selectionOf(args);
    const out = stringOption(args, 'out');
    const file = out === undefined ? null : path.resolve(io.cwd, out);
    return withStore(io, async ({ infra }) => {
      const lines: string[] = [];
      const fd = file === null ? null : openSync(file, 'w');
      try {
        for await (const line of writeBundle(infra.rawStore, selection, { exportedAt: io.clock.now().toISOString() })) {
          if (fd === null) io.stdout(line);
          else writeSync(fd, line);
          lines.push(line.slice(0, -1));
        }
      } finally {
        if (fd !== null) closeSync(fd);
      }
      const { verification } = await readBundle(lines);
      io.stderr(`${file ? `Wrote ${file}\n` : ''}${formatVerification(verification)}`);
      return verification.ok ? EXIT_OK : EXIT_FAILED;
    });
  },
};

function selectionOf(args: ParsedArgs): BundleSelection {
  const stream = stringOption(args, 'stream');
  const caseId = stringOption(args, 'case');
  const from = intOption(args, 'from');
  const to = intOption(args, 'to');
  const kinds = [stream !== undefined, caseId !== undefined, from !== undefined || to !== undefined].filter(Boolean).length;
  if (kinds !== 1) throw new UsageError('choose exactly one of --stream, --case, or --from/--to');
  if (stream !== undefined) return { kind: 'stream', streamId: stream };
  if (caseId !== undefined) return { kind: 'case', caseId, streamId: careCaseStreamId(caseId) };
  if (from !== undefined && to !== undefined && to < from) throw new UsageError('--to must not be before --from');
  return { kind: 'range', from: from ?? 1, to: to ?? Number.MAX_SAFE_INTEGER };
}
