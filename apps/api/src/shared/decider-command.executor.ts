import type { Decider, DomainCommand, DomainEvent } from '@careledger/domain-kernel';
import { ConcurrencyError, type EventMetadata, type EventStore, type RecordedEvent } from '@careledger/event-store';
import { isCivilDate, validationFailed } from '@careledger/domain-kernel';
import { type Clock, shanghaiDate } from '@careledger/platform';
import { deriveId } from '../infrastructure/ids';
import type { CommandContext } from './request-context';

export interface DeciderCommandRequest<C extends DomainCommand> {
  readonly streamId: string;
  readonly command: C;
  readonly commandId: string;
  readonly context: CommandContext;
  /** The revision the client saw; when given, a conflict is returned instead of retried. */
  readonly expectedRevision?: number | null;
  /** The day the command is about (default: today in Asia/Shanghai). */
  readonly businessDate?: string | null;
  readonly reason?: string | null;
}

export interface DeciderCommandResult {
  readonly revision: number;
  readonly position: number;
  /** True when nothing was appended: the command had already been applied, or changed nothing. */
  readonly unchanged: boolean;
}

const MAX_ATTEMPTS = 3;

/**
 * Load the stream → fold with `evolve` → `decide` → append with the expected revision.
 *
 * Exactly-once: a command id already present in the stream's metadata returns the original
 * result without deciding again; event ids derive from the command id, so two racing copies of
 * one command cannot both land (the store refuses the second by id or by revision).
 * On a concurrency conflict the whole cycle re-runs on fresh state, at most MAX_ATTEMPTS times,
 * unless the client stated its own expected revision: then the conflict is the client's answer.
 */
export async function executeDeciderCommand<C extends DomainCommand, E extends DomainEvent, S>(
  store: EventStore,
  decider: Decider<C, E, S>,
  clock: Clock,
  request: DeciderCommandRequest<C>,
): Promise<DeciderCommandResult> {
  const clientRevision = request.expectedRevision ?? undefined;
  if (clientRevision !== undefined && (!Number.isInteger(clientRevision) || clientRevision < -1)) {
    throw validationFailed('expectedRevision', 'expectedRevision must be an integer ≥ -1');
  }
  for (let attempt = 1; ; attempt += 1) {
    const history = await store.readStream(request.streamId);
    const earlier = history.filter((e) => e.metadata.commandId === request.commandId);
    if (earlier.length > 0) return resultOf(earlier[earlier.length - 1]!, true);

    const state = history.reduce((s, e) => decider.evolve(s, e as unknown as E), decider.initialState());
    const events = decider.decide(request.command, state);
    // After the decision: a date the command itself carries (openedOn…) is refused there first,
    // naming its own field.
    if (request.businessDate != null && !isCivilDate(request.businessDate)) {
      throw validationFailed('businessDate', 'businessDate must be a civil date YYYY-MM-DD');
    }
    const last = history[history.length - 1];
    if (events.length === 0) {
      return { revision: last?.revision ?? -1, position: last?.position ?? 0, unchanged: true };
    }

    const now = clock.now();
    const metadata: EventMetadata = {
      actorId: request.context.actor.id,
      actorRole: request.context.actor.role,
      actorTownship: request.context.actor.township,
      commandId: request.commandId,
      correlationId: request.context.correlationId ?? request.commandId,
      causationId: request.commandId,
      businessDate: request.businessDate ?? shanghaiDate(now),
      reason: request.reason ?? null,
    };
    const expected = clientRevision ?? (last ? last.revision : -1);
    try {
      const result = await store.append(
        request.streamId,
        events.map((event, index) => ({
          id: deriveId(request.commandId, `event:${index}`),
          type: event.type,
          data: event.data as Record<string, unknown>,
          metadata,
          recordedAt: now.toISOString(),
        })),
        { expectedRevision: expected === -1 ? 'no_stream' : expected },
      );
      return { revision: result.nextExpectedRevision, position: result.position, unchanged: false };
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || clientRevision !== undefined || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

const resultOf = (event: RecordedEvent, unchanged: boolean): DeciderCommandResult => ({
  revision: event.revision,
  position: event.position,
  unchanged,
});
