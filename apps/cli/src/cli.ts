import { ConfigError, systemClock } from '@careledger/platform';
import { anchorCommand } from './anchor/anchor.command';
import { exportCommand } from './export/export.command';
import { projectionsCommand } from './projections/projections.command';
import { rebuildCommand } from './rebuild/rebuild.command';
import { replayCommand } from './replay/replay.command';
import { parseArgs, UsageError } from './shared/args';
import type { CliIo } from './shared/cli-io';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Command } from './shared/command';
import { StoreNotFoundError } from './shared/store-session';
import { verifyCommand } from './verify/verify.command';

export const COMMANDS: readonly Command[] = [verifyCommand, anchorCommand, rebuildCommand, exportCommand, replayCommand, projectionsCommand];

const toolHelp = () =>
  [
    'careledger — the auditor\'s tools, against the store the API uses (same settings: DATA_DIR, CARELEDGER_MASTER_KEY, …)',
    '',
    'usage: npm run careledger -- <command> [options]',
    '       npm run careledger -- <command> --help',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`),
    '',
    'exit codes: 0 ok, 1 the check failed, 2 usage or configuration error',
    '',
  ].join('\n');

/**
 * Runs one command line (without the node/script prefix) and returns the exit code. Tests call
 * this directly with their own `io`; main.ts wires it to the process.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) {
      io.stderr(toolHelp());
      return EXIT_USAGE;
    }
    const command = COMMANDS.find((c) => c.name === rest[0]);
    io.stdout(command ? command.help : toolHelp());
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`careledger: unknown command "${name}"\n\n${toolHelp()}`);
    return EXIT_USAGE;
  }
  try {
    const args = parseArgs(rest, command.options);
    if (args.options['help']) {
      io.stdout(command.help);
      return EXIT_OK;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`careledger ${command.name}: ${error.message}\n\n${command.help}`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigError || error instanceof StoreNotFoundError) {
      io.stderr(`careledger ${command.name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`careledger ${command.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_FAILED;
  }
}

/** The process's own io. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    // npm runs scripts from the package root; INIT_CWD is where the auditor typed the command.
    cwd: process.env['INIT_CWD'] ?? process.cwd(),
    clock: systemClock,
  };
}
