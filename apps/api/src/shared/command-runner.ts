import { Inject, Injectable } from '@nestjs/common';
import type { Decider, DomainCommand, DomainEvent } from '@careledger/domain-kernel';
import type { EventStore } from '@careledger/event-store';
import type { ProjectionRunner } from '@careledger/projections';
import type { Clock } from '@careledger/platform';
import { newCommandId } from '../infrastructure/ids';
import { CLOCK, EVENT_STORE, PROJECTION_RUNNER } from '../infrastructure/tokens';
import type { CommandResult } from './command-result.type';
import { executeDeciderCommand, type DeciderCommandRequest, type DeciderCommandResult } from './decider-command.executor';
import type { CommandContext } from './request-context';

/** How long a mutation waits for the read models to show its own write before answering. */
export const READ_YOUR_WRITES_MS = 5_000;

/** A stream's state as its decider folds it, and the revision it was read at (-1: no stream). */
export interface LoadedState<S> {
  readonly state: S;
  readonly revision: number;
}

/** The fields every command input shares: idempotency key, optimistic concurrency, business day. */
export interface CommandInputBase {
  readonly commandId?: string | null;
  readonly expectedRevision?: number | null;
  readonly businessDate?: string | null;
}

/** One command on one stream, as a handler plans it once the command id is known. */
export interface CommandPlan<C> {
  /** The record acted on, answered as `CommandResult.id` (case, application, policy year, claim, fund…). */
  readonly id: string;
  readonly streamId: string;
  readonly command: C;
  /** The id the command created (personId, noteId, claimId…), if any. */
  readonly createdId?: string | null;
  /** The day the command names itself (openedOn, spentOn…); else the input's businessDate; else today. */
  readonly businessDate?: string | null;
  readonly reason?: string | null;
}

/**
 * What every domain's command handlers share: run one command on one stream through its pure
 * decider (load → evolve → decide → append, exactly once per command id, see
 * executeDeciderCommand), read another stream's state for a cross-stream rule, and answer only
 * once the read models show the write.
 *
 * @example
 *   return this.commands.run(claimDecider, context, input, (commandId) => ({
 *     id: claimId, streamId: claimStreamId(claimId), command: { type: 'WithdrawClaim', data: { claimId, reason } },
 *   }));
 */
@Injectable()
export class CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
  ) {}

  /**
   * A command handler's whole path: the command id (the client's, else a new one) → the plan →
   * load, decide and append (exactly once, see executeDeciderCommand) → wait for the read models
   * → the CommandResult the client sends its next query with.
   */
  async run<C extends DomainCommand, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    context: CommandContext,
    input: CommandInputBase,
    plan: (commandId: string) => CommandPlan<NoInfer<C>> | Promise<CommandPlan<NoInfer<C>>>,
  ): Promise<CommandResult> {
    const commandId = input.commandId ?? newCommandId();
    const { id, streamId, command, createdId, businessDate, reason } = await plan(commandId);
    const result = await this.execute(decider, {
      streamId,
      command,
      commandId,
      context,
      expectedRevision: input.expectedRevision,
      businessDate: businessDate ?? input.businessDate,
      reason,
    });
    // Answer once the read models show the write, so the client's next query is not stale.
    await this.settle(result.position);
    return { id, createdId: createdId ?? null, revision: result.revision, position: result.position };
  }

  /** Load → decide → append, without settling: for callers that settle once at their end (ChargedCommandRunner). */
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
