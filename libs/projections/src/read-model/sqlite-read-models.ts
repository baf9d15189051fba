import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, type Compilable, type QueryResult, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { ReadModelDatabase } from './read-model.database';
import { migrateReadModels } from './read-model.migrations';

export interface SqliteReadModelOptions {
  readonly filename: string;
  /** See the event store's setting: FULL survives power loss; read models can always be rebuilt. */
  readonly synchronous?: 'FULL' | 'NORMAL';
}

/** Opens (and migrates) the embedded read-model database. */
export async function openSqliteReadModels(options: SqliteReadModelOptions): Promise<Kysely<ReadModelDatabase>> {
  const database = new Database(options.filename);
  database.pragma('journal_mode = WAL');
  database.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<ReadModelDatabase>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  await migrateReadModels(db as Kysely<unknown>);
  return db;
}

const CACHED_STATEMENTS = 256;

/**
 * The connection as Kysely's SQLite dialect sees it, with prepared statements cached by SQL text:
 * the dialect prepares every query afresh, which cost as much as running it, while projections
 * and API queries repeat a few hundred texts at most. Bounded, because queries with
 * variable-length lists produce many distinct texts. Safe to share: Kysely runs one query at a
 * time per connection, and SQLite re-prepares a statement itself after a schema change.
 */
export function withStatementCache(database: Database.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (!statement) {
        if (cache.size >= CACHED_STATEMENTS) cache.clear();
        statement = database.prepare(sql) as unknown as SqliteStatement;
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/** Stands for a named value while a query is compiled; each run binds the value given then. */
class Parameter {
  constructor(readonly name: string) {}
}

interface Compiled {
  readonly sql: string;
  /** Per placeholder: the named parameter, or a constant the builder was given. */
  readonly bindings: readonly (Parameter | { readonly constant: unknown })[];
}

/** How a query built for `compiledQuery` names a value given at each run. */
export type QueryParameter<P> = <K extends keyof P & string>(name: K) => P[K];

/** A query compiled once and run with new values (see `compiledQuery`). */
export interface CompiledReadModelQuery<P, R> {
  execute(db: Kysely<ReadModelDatabase>, values: P): Promise<QueryResult<R>>;
}

/**
 * A read-model query written with Kysely's builder but compiled once per transaction, not on
 * every run: building and compiling a query costs several times what SQLite spends executing it,
 * and a replay runs a projection's few queries tens of thousands of times. The SQL comes from the
 * database's own dialect, so this stays portable. An undefined value is bound as null.
 *
 * @example
 *   const renameContact = compiledQuery<{ caseId: string; name: string }>((db, p) =>
 *     db.updateTable('case_contact').set({ name: p('name') }).where('case_id', '=', p('caseId')));
 *   await renameContact.execute(trx, { caseId: 'case-1', name: '王芳' });
 */
export function compiledQuery<P extends object, R = unknown>(
  build: (db: Kysely<ReadModelDatabase>, parameter: QueryParameter<P>) => Compilable<R>,
): CompiledReadModelQuery<P, R> {
  // Keyed by the transaction (or database) it runs on: compiled by that database's dialect, and
  // dropped with the transaction.
  const compiled = new WeakMap<Kysely<ReadModelDatabase>, Compiled>();
  const compile = (db: Kysely<ReadModelDatabase>): Compiled => {
    const { sql, parameters } = build(db, (name) => new Parameter(name) as never).compile();
    return { sql, bindings: parameters.map((value) => (value instanceof Parameter ? value : { constant: value })) };
  };
  return {
    execute(db, values) {
      let query = compiled.get(db);
      if (!query) compiled.set(db, (query = compile(db)));
      const parameters = query.bindings.map((b) => (b instanceof Parameter ? ((values as Record<string, unknown>)[b.name] ?? null) : b.constant));
      return db.executeQuery(CompiledQuery.raw(query.sql, parameters) as CompiledQuery<R>);
    },
  };
}
