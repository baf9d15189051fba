import { Inject, Injectable } from '@nestjs/common';
import type { Decider, DomainCommand, DomainEvent } from '@careledger/domain-kernel';
import type { EventStore } from '@careledger/event-store';
import type { ProjectionRunner } from '@careledger/projections';
import type { Clock } from '@careledger/platform';
import { CLOCK, EVENT_STORE, PROJECTION_RUNNER } from '../infrastructure/tokens';
import { executeDeciderCommand, type DeciderCommandRequest, type DeciderCommandResult } from './decider-command.executor';

/** How long a mutation waits for the read models to show its own write before answering. */
export const READ_YOUR_WRITES_MS = 5_000;

/** A stream's state as its decider folds it, and the revision it was read at (-1: no stream). */
export interface LoadedState<S> {
  readonly state: S;
  readonly revision: number;
}

/**
 * What every domain's command handlers share: run one command on one stream through its pure
 * decider (load → evolve → decide → append, exactly once per command id, see
 * executeDeciderCommand), read another stream's state for a cross-stream rule, and answer only
 * once the read models show the write.
 *
 * @example
 *   const result = await this.commands.execute(visitDecider, { streamId: visitStreamId(id), command, commandId, context });
 *   await this.commands.settle(result.position);
 */
@Injectable()
export class CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  execute<C extends DomainCommand, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    request: DeciderCommandRequest<C>,
  ): Promise<DeciderCommandResult> {
    return executeDeciderCommand(this.store, decider, this.clock, request);
  }

  /** Folds a stream with its decider: the data a cross-stream rule is decided against. */
  async load<C extends DomainCommand, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
  ): Promise<LoadedState<S>> {
    const history = await this.store.readStream(streamId);
    const state = history.reduce((s, e) => decider.evolve(s, e as unknown as E), decider.initialState());
    return { state, revision: history[history.length - 1]?.revision ?? -1 };
  }

  /** Waits (bounded) until every read model has applied the log up to `position`. */
  async settle(position: number): Promise<void> {
    await this.runner.waitForPosition(position, READ_YOUR_WRITES_MS);
  }

  /** Today in Asia/Shanghai by the application clock (the default business date). */
  now(): Date {
    return this.clock.now();
  }
}
