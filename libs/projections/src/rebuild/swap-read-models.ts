import { sql, type Kysely, type Transaction } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { compareReadModels, type ReadModelComparison } from './compare-read-models';
import { CHECKPOINT_TABLE, tablesOfProjections } from './read-model-tables';

export interface SwapReadModelsOptions {
  /** The live read models (SQLite). */
  readonly live: Kysely<ReadModelDatabase>;
  /** The rebuilt read models, and their file (attached to the live connection to copy from). */
  readonly rebuilt: Kysely<ReadModelDatabase>;
  readonly rebuiltFilename: string;
  /** Projections whose tables and checkpoints are swapped; 'all' = every read-model table. */
  readonly projections: readonly string[] | 'all';
  /** Swap even when the contents differ: the rebuilt tables are what the events say. */
  readonly force?: boolean;
}

export type SwapReadModelsResult =
  | { readonly swapped: true; readonly comparison: ReadModelComparison }
  | { readonly swapped: false; readonly reason: 'different'; readonly comparison: ReadModelComparison }
  | { readonly swapped: false; readonly reason: 'live_moved'; readonly detail: string };

/**
 * Replaces the live read-model tables (and checkpoint rows) by the rebuilt ones in ONE SQLite
 * transaction that first takes the write lock, then compares, then copies:
 *
 * - API queries (readers, WAL) see the old tables or the new ones, never a mix;
 * - the live projection runner cannot commit meanwhile, and a projection it is following must be
 *   at exactly the rebuilt checkpoint (checked under the lock), so its in-memory cursor stays
 *   right for the swapped tables; otherwise nothing happens and 'live_moved' says why (catch the
 *   rebuild up and try again). A failed live projection has no cursor and can be swapped.
 * - without `force`, the swap happens only when the comparison finds no difference.
 */
export async function swapReadModels(options: SwapReadModelsOptions): Promise<SwapReadModelsResult> {
  const { live, rebuilt, projections } = options;
  const names = projections === 'all' ? null : projections;
  if (names?.length === 0) throw new RangeError('swapReadModels: name at least one projection, or all');
  const tables =
    names === null
      ? (await live.introspection.getTables()).filter((t) => !t.isView && t.name !== CHECKPOINT_TABLE).map((t) => t.name)
      : tablesOfProjections(names).map((t) => t.name);
  const columnsOf = new Map((await live.introspection.getTables()).map((t) => [t.name, t.columns.map((c) => c.name)]));
  await sql`ATTACH DATABASE ${options.rebuiltFilename} AS rebuilt`.execute(live);
  try {
    return await live.transaction().execute(async (trx) => {
      const ofSelected = names === null ? sql`` : sql`WHERE name IN (${sql.join(names)})`;
      // A write first: the transaction holds the write lock from here on (BEGIN IMMEDIATE).
      await sql`UPDATE ${sql.table(CHECKPOINT_TABLE)} SET name = name ${ofSelected}`.execute(trx);
      const moved = await liveMoved(trx, names);
      if (moved) return { swapped: false, reason: 'live_moved', detail: moved } as const;
      const comparison = await compareReadModels(trx, rebuilt, names ?? undefined);
      if (!comparison.equal && !options.force) return { swapped: false, reason: 'different', comparison } as const;
      for (const table of [...tables, CHECKPOINT_TABLE]) {
        const columns = sql.join((columnsOf.get(table) ?? []).map((c) => sql.ref(c)));
        const where = table === CHECKPOINT_TABLE ? ofSelected : sql``;
        await sql`DELETE FROM main.${sql.table(table)} ${where}`.execute(trx);
        await sql`INSERT INTO main.${sql.table(table)} (${columns}) SELECT ${columns} FROM rebuilt.${sql.table(table)} ${where}`.execute(trx);
      }
      return { swapped: true, comparison } as const;
    });
  } finally {
    await sql`DETACH DATABASE rebuilt`.execute(live);
  }
}

/** Why the live checkpoints no longer match the rebuilt ones (under the write lock), or null. */
async function liveMoved(trx: Transaction<ReadModelDatabase>, names: readonly string[] | null): Promise<string | null> {
  const { rows } = await sql<{ name: string; live: number | null; rebuilt: number | null; status: string | null }>`
    SELECT l.name AS name, l.position AS live, r.position AS rebuilt, l.status AS status
      FROM main.${sql.table(CHECKPOINT_TABLE)} l LEFT JOIN rebuilt.${sql.table(CHECKPOINT_TABLE)} r ON r.name = l.name`.execute(trx);
  for (const row of rows) {
    if (names !== null && !names.includes(row.name)) continue;
    if (row.status === 'running' && row.rebuilt !== null && Number(row.live) !== Number(row.rebuilt)) {
      return `live projection ${row.name} is at position ${row.live}, the rebuilt one at ${row.rebuilt}`;
    }
  }
  return null;
}
