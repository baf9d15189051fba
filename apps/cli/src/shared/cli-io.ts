import type { Clock } from '@careledger/platform';

/**
 * Everything a command touches outside itself, injected so tests run the real commands in
 * process: output streams, the environment (DATA_DIR etc., as for the API), the working
 * directory for relative paths, and the clock.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal: the progress bar then redraws one line in place. */
  readonly stderrIsTTY: boolean;
  readonly env: NodeJS.ProcessEnv;
  /** Where relative file arguments (--out, --anchor, bundles) resolve: the caller's directory. */
  readonly cwd: string;
  readonly clock: Clock;
}
