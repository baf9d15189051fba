import { Inject, Injectable } from '@nestjs/common';
import { validationFailed } from '@careledger/domain-kernel';
import type { ProjectionRunner } from '@careledger/projections';
import { PROJECTION_RUNNER } from '../infrastructure/tokens';
import { SafeIntScalar } from './graphql-scalars';

/** The read models did not reach a requested log position in time. */
export class ReadModelLagError extends Error {
  readonly code = 'READ_MODEL_LAG';
  readonly details: { readonly minPosition: number };
  constructor(minPosition: number) {
    super(`Read models have not reached position ${minPosition} yet; retry shortly`);
    this.details = { minPosition };
  }
}

/** How long a query waits for the read models before answering READ_MODEL_LAG. */
export const READ_MODEL_WAIT_MS = 5_000;

/** The `minPosition` argument every read query takes: `@Args('minPosition', MIN_POSITION_ARG)`. */
export const MIN_POSITION_ARG = {
  type: () => SafeIntScalar,
  nullable: true,
  description: 'Wait (up to 5 s) until every read model has applied the log up to here, else READ_MODEL_LAG.',
} as const;

/**
 * Read-your-writes for queries: a client sends the `position` its mutation returned as
 * `minPosition`, and the query answers only once every read model has applied the log that far.
 *
 * @example await this.readYourWrites.waitFor(minPosition); // then read the read models
 */
@Injectable()
export class ReadYourWrites {
  constructor(@Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner) {}

  async waitFor(minPosition: number | null | undefined, timeoutMs = READ_MODEL_WAIT_MS): Promise<void> {
    if (minPosition === null || minPosition === undefined) return;
    if (!Number.isSafeInteger(minPosition) || minPosition < 0) {
      throw validationFailed('minPosition', 'minPosition must be a log position (an integer ≥ 0)');
    }
    // The runner also waits for the log itself to reach the position (another process's write).
    const caughtUp = await this.runner.waitForPosition(minPosition, timeoutMs);
    if (!caughtUp) throw new ReadModelLagError(minPosition);
  }
}
