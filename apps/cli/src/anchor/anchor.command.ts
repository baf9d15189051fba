import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringOption, UsageError } from '../shared/args';
import { EXIT_FAILED, EXIT_OK, type Command } from '../shared/command';
import { withStore } from '../shared/store-session';
import type { Anchor } from './anchor';

export const anchorCommand: Command = {
  name: 'anchor',
  summary: 'print the head position and hash (JSON) to keep elsewhere, for verify --anchor',
  options: { out: 'string' },
  help: `usage: careledger anchor [--out file.json]

Verifies the whole chain, then prints {"position", "hash", "anchoredAt"} of the head. Keep it
outside this machine (a sealed report, an e-mail, paper): later, \`careledger verify --anchor\`
detects events removed from the end or a log rewritten from scratch, which the chain alone
cannot.

  --out F   also write the anchor to file F

exit codes: 0 anchored, 1 the chain is broken (no anchor is given for a broken log), 2 usage error
`,
  async run(args, io) {
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${args.positionals[0]}`);
    const out = stringOption(args, 'out');
    return withStore(io, async ({ infra }) => {
      const verification = await infra.rawStore.verifyChain();
      if (!verification.ok) {
        io.stderr(`careledger anchor: the chain is broken at position ${verification.brokenAt} (${verification.problem}); run \`careledger verify\`\n`);
        return EXIT_FAILED;
      }
      const anchor: Anchor = {
        position: verification.headPosition,
        hash: verification.headHash,
        anchoredAt: io.clock.now().toISOString(),
      };
      const text = `${JSON.stringify(anchor, null, 2)}\n`;
      if (out) writeFileSync(path.resolve(io.cwd, out), text);
      io.stdout(text);
      return EXIT_OK;
    });
  },
};
