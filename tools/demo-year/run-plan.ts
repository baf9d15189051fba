import { GraphQLCallError, type GraphQLClient } from './graphql-client';
import type { PlannedCommand, PlannedPhase } from './planned-command';
import type { ProgressBar } from './progress-bar';

interface MutationResult {
  readonly id: string;
  readonly createdId: string | null;
  readonly position: number;
}

/** Answers worth a second try: the read models were slow, or two writers met on one stream. */
const TRANSIENT = new Set(['READ_MODEL_LAG', 'CONCURRENCY_CONFLICT']);
const ATTEMPTS = 3;

export interface RunOptions {
  readonly concurrency: number;
  /** The command id of a step: from its key and the year whose plan first sends it (undefined: this run's year). */
  readonly commandId: (key: string, year: number | undefined) => string;
  readonly progress: ProgressBar;
}

/**
 * Runs the phases in order; within a phase, up to `concurrency` tasks at once, each task's
 * commands one after the other. The first refusal stops the run and names the step.
 */
export async function runPlan(client: GraphQLClient, phases: readonly PlannedPhase[], options: RunOptions): Promise<void> {
  const ids = new Map<string, string>();
  for (const phase of phases) {
    let next = 0;
    const worker = async () => {
      while (next < phase.tasks.length) {
        const task = phase.tasks[next++]!;
        for (const command of task) {
          await send(client, command, ids, options.commandId(command.key, command.year));
          options.progress.tick(phase.name);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, phase.tasks.length)) }, worker));
  }
}

async function send(client: GraphQLClient, command: PlannedCommand, ids: Map<string, string>, commandId: string): Promise<void> {
  const input = { ...(typeof command.input === 'function' ? command.input(ids) : command.input), commandId };
  const type = `${command.mutation[0]!.toUpperCase()}${command.mutation.slice(1)}Input`;
  const document = `mutation($input: ${type}!) { ${command.mutation}(input: $input) { id createdId position } }`;
  for (let attempt = 1; ; attempt++) {
    try {
      const data = await client.request<Record<string, MutationResult>>(document, { input }, command.actor);
      const result = data[command.mutation]!;
      if (command.saveAs) ids.set(command.saveAs, result.createdId ?? result.id);
      return;
    } catch (error) {
      const transient = error instanceof GraphQLCallError ? TRANSIENT.has(error.code ?? '') : error instanceof TypeError;
      if (transient && attempt < ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        continue;
      }
      const code = error instanceof GraphQLCallError ? ` [${error.code}] ${JSON.stringify(error.details)}` : '';
      throw new Error(`step ${command.key} (${command.mutation} as ${command.actor}) failed: ${(error as Error).message}${code}`, { cause: error });
    }
  }
}
