import { randomUUID } from 'node:crypto';
import type { Decider, DomainCommand, DomainEvent } from '@careledger/domain-kernel';
import type { EventMetadata, EventStore } from '@careledger/event-store';

/** Who a command is recorded against (as the API's actors: a township's caseworker or the county). */
export interface BenchActor {
  readonly id: string;
  readonly role: 'caseworker' | 'county_officer';
  readonly township: string | null;
}

export const COUNTY: BenchActor = { id: 'county-officer', role: 'county_officer', township: null };
export const caseworkerOf = (township: string): BenchActor => ({ id: `caseworker-${township.toLowerCase()}`, role: 'caseworker', township });

export interface CommandOptions {
  readonly actor: BenchActor;
  /** The day the command is about (openedOn, visitedOn…), as the API records it. */
  readonly businessDate: string;
  readonly reason?: string | null;
  /** Default: a new one. A charged visit names its command id before its fund line is appended. */
  readonly commandId?: string;
  /** The command a follow-up append belongs to (a fund charge carries its visit's command id). */
  readonly correlationId?: string;
}

interface StreamState {
  readonly state: unknown;
  readonly revision: number;
}

/**
 * The API's command path (load → evolve → decide → append with the expected revision, see
 * apps/api/src/shared/decider-command.executor.ts), so every payload is the pure decider's own.
 * Each stream's state is kept here rather than re-read: the bench is the only writer, so nothing
 * races, and re-reading a year's fund or policy stream (thousands of events) for every command
 * would make seeding quadratic. A refusal throws, as in the API: a workload that stops passing
 * the domain's rules fails loudly instead of writing what the application never would.
 */
export class DecidedWriter {
  private readonly streams = new Map<string, StreamState>();
  private tick = 0;

  constructor(
    private readonly store: EventStore,
    /**
     * The recording clock: one second per command from this instant, so `recordedAt` rises with
     * the log as it does live; the day each command is about is its `businessDate`.
     */
    private readonly startedAt: number,
  ) {}

  /** The stream's state as its decider folds it: what a handler reads for a cross-stream rule. */
  stateOf<S>(decider: Pick<Decider<never, never, S>, 'initialState'>, streamId: string): S {
    return (this.streams.get(streamId)?.state as S | undefined) ?? decider.initialState();
  }

  /** Decides without appending: a charged command decides its record first (ChargedCommandRunner). */
  decide<C extends DomainCommand, E extends DomainEvent, S>(decider: Decider<C, E, S>, streamId: string, command: C): readonly E[] {
    return decider.decide(command, this.stateOf(decider, streamId));
  }

  /** Decides `command` on the stream's state and appends the events; returns them and the command id. */
  async run<C extends DomainCommand, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: C,
    options: CommandOptions,
  ): Promise<{ readonly events: readonly E[]; readonly commandId: string }> {
    const before = this.streams.get(streamId) ?? { state: decider.initialState(), revision: -1 };
    const events = decider.decide(command, before.state as S);
    if (events.length === 0) throw new Error(`${command.type} on ${streamId} decided nothing: the workload repeats itself`);
    const commandId = options.commandId ?? randomUUID();
    const metadata: EventMetadata = {
      actorId: options.actor.id,
      actorRole: options.actor.role,
      actorTownship: options.actor.township,
      commandId,
      correlationId: options.correlationId ?? commandId,
      causationId: commandId,
      businessDate: options.businessDate,
      reason: options.reason ?? null,
    };
    const recordedAt = new Date(this.startedAt + (this.tick += 1) * 1000).toISOString();
    const result = await this.store.append(
      streamId,
      events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data as Record<string, unknown>, metadata, recordedAt })),
      { expectedRevision: before.revision === -1 ? 'no_stream' : before.revision },
    );
    const state = events.reduce((s, event) => decider.evolve(s, event), before.state as S);
    this.streams.set(streamId, { state, revision: result.nextExpectedRevision });
    return { events, commandId };
  }
}
