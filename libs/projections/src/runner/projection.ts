import type { EventFilter, RecordedEvent } from '@careledger/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';

/**
 * A projection folds events into read-model tables. `apply` runs inside the runner's transaction,
 * together with the checkpoint update, so a batch is applied entirely or not at all.
 *
 * `apply` returns false for an event it does not know (it is skipped and counted), and must
 * never throw on a known event: a throw stops this projection only and is reported.
 */
export interface Projection {
  readonly name: string;
  /** Which events to receive; the runner subscribes with it. */
  readonly filter: EventFilter;
  apply(trx: Transaction<ReadModelDatabase>, event: RecordedEvent): Promise<boolean>;
}
