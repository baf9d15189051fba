import { sql, type Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { CHECKPOINT_TABLE, READ_MODEL_TABLES, tablesOfProjections, type ReadModelRow, type ReadModelTable } from './read-model-tables';

export type RowDifference =
  /** The rebuilt table has the row, the live one lacks it. */
  | { readonly kind: 'missing'; readonly key: ReadModelRow }
  /** The live table has a row the events do not produce. */
  | { readonly kind: 'extra'; readonly key: ReadModelRow }
  | { readonly kind: 'changed'; readonly key: ReadModelRow; readonly columns: readonly ColumnDifference[] };

export interface ColumnDifference {
  readonly column: string;
  readonly live: unknown;
  readonly rebuilt: unknown;
}

export interface TableComparison {
  readonly table: string;
  readonly liveRows: number;
  readonly rebuiltRows: number;
  /** Up to `maxDifferences` of them; `more` counts the rest. */
  readonly differences: readonly RowDifference[];
  readonly more: number;
}

export interface ReadModelComparison {
  readonly equal: boolean;
  readonly tables: readonly TableComparison[];
}

export interface CompareOptions {
  /** Compare values derived from personal data as equal (a replay without keys has them erased). */
  readonly ignorePersonalData?: boolean;
  /** Compare the projections' checkpoint rows too (default true). */
  readonly includeCheckpoints?: boolean;
  /** Only rows for which this holds, on both sides (e.g. one case's rows). */
  readonly rowFilter?: (table: string, row: ReadModelRow) => boolean;
  readonly maxDifferences?: number;
}

/** Technical columns: not what the events say, so never compared. */
const IGNORED = new Map<string, readonly string[]>([[CHECKPOINT_TABLE, ['updated_at']]]);

/**
 * Compares the read models of two databases table by table: rows are matched on their natural
 * key (READ_MODEL_TABLES; a table nobody registered is compared row content against row
 * content), autoincrement ids and checkpoint times are ignored. Without `projectionNames`, every
 * read-model table both databases have is compared; with it, only those projections' tables and
 * checkpoint rows. Each side is read inside one transaction, so it is a consistent snapshot.
 *
 * @example
 *   const { equal, tables } = await compareReadModels(liveDb, rebuiltDb, ['case-summary']);
 */
export async function compareReadModels(
  live: Kysely<ReadModelDatabase>,
  rebuilt: Kysely<ReadModelDatabase>,
  projectionNames?: readonly string[],
  options: CompareOptions = {},
): Promise<ReadModelComparison> {
  const tables = projectionNames ? tablesOfProjections(projectionNames) : await allTables(live);
  const specs: ReadModelTable[] = [...tables];
  if (options.includeCheckpoints ?? true) specs.push({ name: CHECKPOINT_TABLE, key: ['name'] });
  const keepCheckpoint = (row: ReadModelRow) => !projectionNames || projectionNames.includes(String(row['name']));
  const rowFilter = (table: string, row: ReadModelRow) =>
    (table !== CHECKPOINT_TABLE || keepCheckpoint(row)) && (options.rowFilter?.(table, row) ?? true);
  const [liveRows, rebuiltRows] = await Promise.all([snapshot(live, specs), snapshot(rebuilt, specs)]);
  const comparisons = specs.map((spec) =>
    compareTable(spec, liveRows.get(spec.name)!, rebuiltRows.get(spec.name)!, rowFilter, options),
  );
  return { equal: comparisons.every((c) => c.differences.length + c.more === 0), tables: comparisons };
}

interface TableRows {
  readonly columns: readonly string[];
  readonly rows: readonly ReadModelRow[];
}

async function allTables(db: Kysely<ReadModelDatabase>): Promise<ReadModelTable[]> {
  const registered = new Map(Object.values(READ_MODEL_TABLES).flat().map((t) => [t.name, t]));
  const tables = await db.introspection.getTables();
  return tables
    .filter((t) => !t.isView && t.name !== CHECKPOINT_TABLE)
    .map((t) => registered.get(t.name) ?? { name: t.name, key: [] });
}

async function snapshot(db: Kysely<ReadModelDatabase>, specs: readonly ReadModelTable[]): Promise<Map<string, TableRows>> {
  const meta = new Map((await db.introspection.getTables()).map((t) => [t.name, t]));
  const read = async (trx: Kysely<ReadModelDatabase>) => {
    const out = new Map<string, TableRows>();
    for (const spec of specs) {
      const table = meta.get(spec.name);
      if (!table) throw new Error(`Read-model table ${spec.name} does not exist in one of the databases`);
      const ignored = IGNORED.get(spec.name) ?? [];
      const columns = table.columns.filter((c) => !c.isAutoIncrementing && !ignored.includes(c.name)).map((c) => c.name);
      const { rows } = await sql<ReadModelRow>`SELECT ${sql.join(columns.map((c) => sql.ref(c)))} FROM ${sql.table(spec.name)}`.execute(trx);
      out.set(spec.name, { columns, rows });
    }
    return out;
  };
  // Inside the caller's transaction when given one (the swap compares under its write lock).
  return db.isTransaction ? read(db) : db.transaction().execute(read);
}

function compareTable(
  spec: ReadModelTable,
  live: TableRows,
  rebuilt: TableRows,
  rowFilter: (table: string, row: ReadModelRow) => boolean,
  options: CompareOptions,
): TableComparison {
  const prepare = (rows: readonly ReadModelRow[]) =>
    rows
      .filter((row) => rowFilter(spec.name, row))
      .map((row) => (options.ignorePersonalData && spec.maskPersonalData ? spec.maskPersonalData(row) : row));
  const liveRows = prepare(live.rows);
  const rebuiltRows = prepare(rebuilt.rows);
  // Without a registered key the whole row is the key: differences are then missing/extra only.
  const keyColumns = spec.key.length > 0 ? spec.key : live.columns;
  const keyOf = (row: ReadModelRow) => JSON.stringify(keyColumns.map((c) => row[c] ?? null));
  const pick = (row: ReadModelRow) => Object.fromEntries(keyColumns.map((c) => [c, row[c] ?? null]));
  const group = (rows: readonly ReadModelRow[]) => {
    const map = new Map<string, ReadModelRow[]>();
    for (const row of rows) map.set(keyOf(row), [...(map.get(keyOf(row)) ?? []), row]);
    return map;
  };
  const liveByKey = group(liveRows);
  const rebuiltByKey = group(rebuiltRows);
  const differences: RowDifference[] = [];
  for (const [key, rows] of rebuiltByKey) {
    const others = liveByKey.get(key) ?? [];
    rows.forEach((row, i) => {
      const other = others[i];
      if (!other) return differences.push({ kind: 'missing', key: pick(row) });
      const columns = live.columns
        .filter((c) => !Object.is(other[c] ?? null, row[c] ?? null))
        .map((c) => ({ column: c, live: other[c] ?? null, rebuilt: row[c] ?? null }));
      if (columns.length > 0) differences.push({ kind: 'changed', key: pick(row), columns });
      return undefined;
    });
  }
  for (const [key, rows] of liveByKey) {
    const count = rebuiltByKey.get(key)?.length ?? 0;
    for (const row of rows.slice(count)) differences.push({ kind: 'extra', key: pick(row) });
  }
  const max = options.maxDifferences ?? 20;
  return {
    table: spec.name,
    liveRows: liveRows.length,
    rebuiltRows: rebuiltRows.length,
    differences: differences.slice(0, max),
    more: Math.max(0, differences.length - max),
  };
}
