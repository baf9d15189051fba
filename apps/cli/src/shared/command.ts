import type { OptionSpec, ParsedArgs } from './args';
import type { CliIo } from './cli-io';

export const EXIT_OK = 0;
/** The check found a problem (broken chain, differing read models, failed bundle). */
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface Command {
  readonly name: string;
  /** One line for the tool's --help. */
  readonly summary: string;
  /** The command's --help: usage line, options, exit codes. */
  readonly help: string;
  readonly options: OptionSpec;
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
