import { matchesEventFilter, type EventStore, type RecordedEvent } from '@careledger/event-store';
import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import type { Projection } from '../runner/projection';

export interface RebuildProgress {
  /** Last position read. */
  readonly position: number;
  readonly fromPosition: number;
  readonly toPosition: number;
  /** Events read so far. */
  readonly events: number;
  readonly elapsedMs: number;
}

export interface RebuildOptions {
  /** The store the live runner reads (the decrypting one), or a bundle's store. */
  readonly store: EventStore;
  readonly projections: readonly Projection[];
  /** Read models to write: a fresh, migrated database (or one a previous rebuild left, to continue). */
  readonly target: Kysely<ReadModelDatabase>;
  /** ISO instant for checkpoints' `updated_at`. */
  readonly now: () => string;
  /** Replay up to this position; default: the head when the rebuild starts. */
  readonly toPosition?: number;
  readonly pageSize?: number;
  readonly onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuiltProjection {
  readonly name: string;
  readonly position: number;
  readonly skipped: number;
  readonly status: 'running' | 'failed';
  readonly failedPosition: number | null;
  readonly error: string | null;
}

export interface RebuildResult {
  readonly fromPosition: number;
  readonly toPosition: number;
  readonly events: number;
  readonly elapsedMs: number;
  readonly projections: readonly RebuiltProjection[];
}

interface Cursor {
  readonly projection: Projection;
  position: number;
  failed: boolean;
}

/**
 * Replays the log into `target` with each projection's own `apply`, under the runner's
 * checkpoint rules: a projection sees only events matching its filter, each batch commits in one
 * transaction with its checkpoint (position of the last event it received, skipped count), and
 * one that throws is marked failed at that event while the others go on. The log is read ONCE,
 * in pages, for all projections. Each projection starts from the target's checkpoint, so calling
 * it again continues (catches up) instead of starting over.
 */
export async function rebuildReadModels(options: RebuildOptions): Promise<RebuildResult> {
  const started = performance.now();
  const { store, target, now } = options;
  const pageSize = options.pageSize ?? 1000;
  const toPosition = options.toPosition ?? (await store.head()).position;
  const cursors: Cursor[] = [];
  for (const projection of options.projections) {
    const checkpoint = await loadCheckpoint(target, projection.name, now());
    cursors.push({ projection, position: checkpoint.position, failed: checkpoint.status === 'failed' });
  }
  const active = cursors.filter((c) => !c.failed);
  const fromPosition = active.length === 0 ? toPosition : Math.min(...active.map((c) => c.position));
  let position = fromPosition;
  let events = 0;
  while (position < toPosition && active.some((c) => !c.failed)) {
    const page = await store.readAll({ fromPosition: position, limit: Math.min(pageSize, toPosition - position) });
    const inRange = page.filter((e) => e.position <= toPosition);
    if (inRange.length === 0) break;
    for (const cursor of active) {
      if (cursor.failed) continue;
      const batch = inRange.filter((e) => e.position > cursor.position && matchesEventFilter(e, cursor.projection.filter));
      if (batch.length > 0) await applyBatch(target, cursor, batch, now);
    }
    events += inRange.length;
    position = inRange[inRange.length - 1]!.position;
    options.onProgress?.({ position, fromPosition, toPosition, events, elapsedMs: performance.now() - started });
  }
  return { fromPosition, toPosition, events, elapsedMs: performance.now() - started, projections: await statuses(target, cursors) };
}

/** As the runner's batch: all of it with the checkpoint, or, on a throw, the part before the failing event. */
async function applyBatch(target: Kysely<ReadModelDatabase>, cursor: Cursor, batch: readonly RecordedEvent[], now: () => string): Promise<void> {
  let failure: { event: RecordedEvent; index: number; error: unknown } | null = null;
  const commit = (events: readonly RecordedEvent[]) =>
    target.transaction().execute(async (trx) => {
      let skipped = 0;
      for (const [index, event] of events.entries()) {
        try {
          if (!(await cursor.projection.apply(trx, event))) skipped += 1;
        } catch (error) {
          failure = { event, index, error };
          throw error;
        }
      }
      await trx
        .updateTable('projection_checkpoints')
        .set((eb) => ({ position: events[events.length - 1]!.position, skipped: eb('skipped', '+', skipped), updated_at: now() }))
        .where('name', '=', cursor.projection.name)
        .execute();
    });
  try {
    await commit(batch);
    cursor.position = batch[batch.length - 1]!.position;
    return;
  } catch (error) {
    if (!failure) throw error;
  }
  const { event, index, error } = failure as { event: RecordedEvent; index: number; error: unknown };
  if (index > 0) {
    await commit(batch.slice(0, index));
    cursor.position = batch[index - 1]!.position;
  }
  cursor.failed = true;
  await target
    .updateTable('projection_checkpoints')
    .set({
      status: 'failed',
      failed_position: event.position,
      failed_event_id: event.id,
      error: error instanceof Error ? error.message : String(error),
      updated_at: now(),
    })
    .where('name', '=', cursor.projection.name)
    .execute();
}

async function loadCheckpoint(db: Kysely<ReadModelDatabase>, name: string, at: string): Promise<{ position: number; status: string }> {
  await db
    .insertInto('projection_checkpoints')
    .values({ name, position: 0, skipped: 0, status: 'running', failed_position: null, failed_event_id: null, error: null, updated_at: at })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('projection_checkpoints').select(['position', 'status']).where('name', '=', name).executeTakeFirstOrThrow();
  return { position: Number(row.position), status: row.status };
}

async function statuses(db: Kysely<ReadModelDatabase>, cursors: readonly Cursor[]): Promise<RebuiltProjection[]> {
  const names = cursors.map((c) => c.projection.name);
  if (names.length === 0) return [];
  const rows = await db.selectFrom('projection_checkpoints').selectAll().where('name', 'in', names).orderBy('name').execute();
  return rows.map((r) => ({
    name: r.name,
    position: Number(r.position),
    skipped: Number(r.skipped),
    status: r.status === 'failed' ? 'failed' : 'running',
    failedPosition: r.failed_position === null ? null : Number(r.failed_position),
    error: r.error,
  }));
}
