import type { EventStore, RecordedEvent, Subscription } from '@careledger/event-store';
import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import type { Projection } from './projection';

export interface ProjectionStatus {
  readonly name: string;
  readonly position: number;
  readonly skipped: number;
  readonly status: 'running' | 'failed' | 'stopped';
  readonly failedPosition: number | null;
  readonly failedEventId: string | null;
  readonly error: string | null;
}

export interface ProjectionRunnerOptions {
  readonly store: EventStore;
  readonly db: Kysely<ReadModelDatabase>;
  readonly projections: readonly Projection[];
  /** ISO instant for `updated_at`; injected so tests control time. */
  readonly now: () => string;
  readonly batchSize?: number;
  readonly onError?: (projection: string, event: RecordedEvent, error: unknown) => void;
}

class ProjectionFailure extends Error {
  constructor(
    readonly event: RecordedEvent,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * Follows the event store from each projection's stored checkpoint. Each batch of read-model
 * changes commits in one transaction with the new checkpoint, so a crash can neither apply an
 * event twice nor skip one. Projections run independently: one failing stops only itself.
 */
export class ProjectionRunner {
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly loops: Promise<void>[] = [];
  private readonly positions = new Map<string, number>();
  private readonly waiters = new Set<() => void>();
  private stopped = false;

  constructor(private readonly options: ProjectionRunnerOptions) {}

  /**
   * Starts every projection from its checkpoint. One that failed before is retried from its last
   * good checkpoint: a restart is how a deployed fix resumes it (and if it still fails, it stops
   * again at the same event and says so).
   */
  async start(): Promise<void> {
    for (const projection of this.options.projections) {
      const checkpoint = await this.loadCheckpoint(projection.name);
      if (checkpoint.status === 'failed') {
        await this.resume(projection.name);
        continue;
      }
      this.follow(projection, checkpoint.position);
    }
  }

  /** Restarts a stopped or failed projection from its checkpoint. */
  async resume(name: string): Promise<void> {
    const projection = this.options.projections.find((p) => p.name === name);
    if (!projection) throw new Error(`Unknown projection ${name}`);
    if (this.subscriptions.has(name)) return;
    await this.options.db
      .updateTable('projection_checkpoints')
      .set({ status: 'running', failed_position: null, failed_event_id: null, error: null, updated_at: this.options.now() })
      .where('name', '=', name)
      .execute();
    const checkpoint = await this.loadCheckpoint(name);
    this.follow(projection, checkpoint.position);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.subscriptions.values()].map((s) => s.close()));
    await Promise.allSettled(this.loops);
    this.subscriptions.clear();
    this.notify();
  }

  async status(): Promise<readonly ProjectionStatus[]> {
    const rows = await this.options.db.selectFrom('projection_checkpoints').selectAll().orderBy('name').execute();
    return rows.map((r) => ({
      name: r.name,
      position: Number(r.position),
      skipped: Number(r.skipped),
      status: r.status === 'failed' ? 'failed' : this.subscriptions.has(r.name) ? 'running' : 'stopped',
      failedPosition: r.failed_position === null ? null : Number(r.failed_position),
      failedEventId: r.failed_event_id,
      error: r.error,
    }));
  }

  /**
   * Resolves true once every projection has applied all its events up to `position`
   * (read-your-writes), or false after `timeoutMs`. A failed projection never catches up.
   */
  async waitForPosition(position: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await this.caughtUp(position)) return true;
      const remaining = deadline - Date.now();
      if (remaining <= 0 || this.stopped) return false;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, Math.min(remaining, 250));
        this.waiters.add(done);
      });
    }
  }

  private async caughtUp(position: number): Promise<boolean> {
    // A position past the head is a write this log does not have (yet): not caught up.
    if ((await this.options.store.head()).position < position) return false;
    for (const projection of this.options.projections) {
      const at = this.positions.get(projection.name);
      if (at === undefined || !this.subscriptions.has(projection.name)) return false;
      if (at >= position) continue;
      // A checkpoint moves only on events the projection subscribes to: it is caught up when
      // nothing it would receive lies between its checkpoint and the target.
      const [next] = await this.options.store.readAll({ fromPosition: at, limit: 1, filter: projection.filter });
      if (next && next.position <= position) return false;
    }
    return true;
  }

  private notify(): void {
    const waiting = [...this.waiters];
    this.waiters.clear();
    waiting.forEach((w) => w());
  }

  private follow(projection: Projection, fromPosition: number): void {
    const subscription = this.options.store.subscribe({
      fromPosition,
      filter: projection.filter,
      batchSize: this.options.batchSize ?? 500,
    });
    this.subscriptions.set(projection.name, subscription);
    this.positions.set(projection.name, fromPosition);
    this.loops.push(this.run(projection, subscription));
  }

  private async run(projection: Projection, subscription: Subscription): Promise<void> {
    try {
      for await (const batch of subscription) {
        if (batch.length === 0) continue;
        await this.applyBatch(projection, batch);
        this.positions.set(projection.name, batch[batch.length - 1]!.position);
        this.notify();
      }
    } catch (error) {
      if (error instanceof ProjectionFailure) {
        await this.markFailed(projection.name, error);
        this.options.onError?.(projection.name, error.event, error.cause);
      } else if (!this.stopped) {
        throw error;
      }
    } finally {
      this.subscriptions.delete(projection.name);
      await subscription.close();
      this.notify();
    }
  }

  private async applyBatch(projection: Projection, batch: readonly RecordedEvent[]): Promise<void> {
    await this.options.db.transaction().execute(async (trx) => {
      let skipped = 0;
      for (const event of batch) {
        let handled: boolean;
        try {
          handled = await projection.apply(trx, event);
        } catch (cause) {
          throw new ProjectionFailure(event, cause);
        }
        if (!handled) skipped += 1;
      }
      const last = batch[batch.length - 1]!;
      await trx
        .updateTable('projection_checkpoints')
        .set((eb) => ({
          position: last.position,
          skipped: eb('skipped', '+', skipped),
          updated_at: this.options.now(),
        }))
        .where('name', '=', projection.name)
        .execute();
    });
  }

  private async markFailed(name: string, failure: ProjectionFailure): Promise<void> {
    await this.options.db
      .updateTable('projection_checkpoints')
      .set({
        status: 'failed',
        failed_position: failure.event.position,
        failed_event_id: failure.event.id,
        error: failure.message,
        updated_at: this.options.now(),
      })
      .where('name', '=', name)
      .execute();
  }

  private async loadCheckpoint(name: string): Promise<{ position: number; status: string }> {
    await this.options.db
      .insertInto('projection_checkpoints')
      .values({ name, position: 0, skipped: 0, status: 'running', failed_position: null, failed_event_id: null, error: null, updated_at: this.options.now() })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const row = await this.options.db
      .selectFrom('projection_checkpoints')
      .select(['position', 'status'])
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    return { position: Number(row.position), status: row.status };
  }
}
