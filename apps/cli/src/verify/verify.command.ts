import type { ChainVerification } from '@careledger/event-store';
import { intOption, stringOption, UsageError } from '../shared/args';
import { checkAnchor, parseAnchorArgument } from '../anchor/anchor';
import { EXIT_FAILED, EXIT_OK, type Command } from '../shared/command';
import { withStore } from '../shared/store-session';

const EXPLAIN: Record<Exclude<ChainVerification, { ok: true }>['problem'], string> = {
  hash_mismatch: 'its stored content no longer hashes to its stored hash (the event was edited)',
  link_mismatch: 'its prevHash is not the hash of the event before it (events reordered, replaced or re-chained)',
  position_gap: 'an event is missing here (deleted) or out of place',
  revision_gap: 'its stream skips a revision (an event of the stream was removed and the log re-chained)',
};

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'walk the hash chain; report the first broken position (and check an anchor)',
  options: { from: 'string', to: 'string', anchor: 'string' },
  help: `usage: careledger verify [--from N] [--to N] [--anchor <file.json | position:hash>]

Recomputes every event's hash from its stored bytes and its link to the previous event, in
position order, and prints how many were checked, the head, and the first broken position.

  --from N     start at position N, trusting the stored hash at N-1 (default 1: from genesis)
  --to N       stop at position N (default: the head)
  --anchor A   also check that position A still holds hash A (from \`careledger anchor\`): a chain
               cannot see its own tail cut off or the whole log rewritten, an anchor kept
               elsewhere can

exit codes: 0 intact, 1 broken (or the anchor does not match), 2 usage error
`,
  async run(args, io) {
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
    const from = intOption(args, 'from');
    const to = intOption(args, 'to');
    if (from !== undefined && to !== undefined && to < from) throw new UsageError('--to must not be before --from');
    const anchorArg = stringOption(args, 'anchor');
    const anchor = anchorArg === undefined ? undefined : parseAnchorArgument(anchorArg, io.cwd);
    return withStore(io, async ({ infra }) => {
      const result = await infra.rawStore.verifyChain({ from, to });
      const head = await infra.rawStore.head();
      const range = `positions ${from ?? 1}..${to ?? 'head'}`;
      if (result.ok) {
        io.stdout(`chain:  ok — ${result.checked} events checked (${range})\n`);
      } else {
        io.stdout(`chain:  BROKEN at position ${result.brokenAt} — ${result.problem}: ${EXPLAIN[result.problem]}\n`);
        io.stdout(`        ${result.checked} events checked intact before it (${range})\n`);
      }
      if ((from ?? 1) > 1) io.stdout(`        (the range trusts the stored hash at position ${(from ?? 1) - 1} as its start)\n`);
      io.stdout(`head:   position ${head.position}, hash ${head.hash}\n`);
      let anchorOk = true;
      if (anchor) {
        const check = await checkAnchor(infra.rawStore, anchor);
        anchorOk = check.ok;
        io.stdout(check.ok ? `anchor: ok — position ${anchor.position} still holds hash ${anchor.hash}\n` : `anchor: FAILED (${check.problem}) — ${check.detail}\n`);
      }
      return result.ok && anchorOk ? EXIT_OK : EXIT_FAILED;
    });
  },
};
