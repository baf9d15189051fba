import Database from 'better-sqlite3';
import {
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  type DialectAdapter,
  type Compilable,
  type CompiledQuery,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryId,
  type QueryResult,
  type RootOperationNode,
  type SqliteDatabase,
  type SqliteStatement,
  type UnknownRow,
} from 'kysely';
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
  return readModelsOn(database);
}

/**
 * Kysely on a read-model connection, migrated: prepared statements cached, and `compiledQuery`
 * runs inside transactions straight on the connection. The live read models and a rebuild's
 * target are both opened this way, so they behave alike.
 */
export async function readModelsOn(database: Database.Database): Promise<Kysely<ReadModelDatabase>> {
  const connection = new ReadModelConnection(database);
  const db = new Kysely<ReadModelDatabase>({
    dialect: new TransactionalDdlSqliteDialect({ database: connection.statements }),
    plugins: [connection],
  });
  await migrateReadModels(db as Kysely<unknown>);
  return db;
}

/**
 * SQLite runs schema changes inside transactions, but Kysely's SQLite adapter says it cannot, so
 * its Migrator would apply migrations statement by statement: a crash in the middle of one (0012
 * adds four columns, then clears a projection) would leave it half applied and the next start
 * failing on a column that already exists. Saying yes makes `migrateToLatest` one transaction:
 * every pending migration applies, or none does.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class TransactionalDdlSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
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

/** Which connection compiled a query (recorded while Kysely compiles it; see ReadModelConnection). */
const compiledOn = new WeakMap<QueryId, ReadModelConnection>();

/**
 * A Kysely plugin that changes nothing; it notes which connection compiles each query, so that
 * `compiledQuery` can run its statements on that connection directly — only inside a transaction.
 * There the transaction holds the connection (Kysely's SQLite driver lends it to one user at a
 * time) and better-sqlite3 runs a statement synchronously: the same thing Kysely would do, minus
 * the promise plumbing of its executor around every query, which was a third of a replay's time.
 * (Results then skip other plugins' transformResult: the read models use no other plugin.)
 */
class ReadModelConnection implements KyselyPlugin {
  readonly statements: SqliteDatabase;

  constructor(private readonly database: Database.Database) {
    this.statements = withStatementCache(database);
  }

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    compiledOn.set(queryId, this);
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }

  /** The result as Kysely's SQLite driver would give it, or undefined outside a transaction. */
  runInTransaction<R>(sql: string, parameters: readonly unknown[]): QueryResult<R> | undefined {
    if (!this.database.inTransaction) return undefined;
    const statement = this.statements.prepare(sql);
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
  }
}

/** Stands for a named value while a query is compiled; each run binds the value given then. */
class Parameter {
  constructor(readonly name: string) {}
}

interface Compiled<R> {
  readonly query: Omit<CompiledQuery<R>, 'parameters'>;
  /** Per placeholder: the name of the value to bind, or undefined for a constant the builder was given. */
  readonly names: readonly (string | undefined)[];
  readonly constants: readonly unknown[];
  /** The connection to run on directly, inside a transaction (absent: always through Kysely). */
  readonly connection: ReadModelConnection | undefined;
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
 * database's own dialect, so this stays portable; on a database opened by `readModelsOn`, a run
 * inside a transaction also skips Kysely's executor (see ReadModelConnection). An undefined
 * value is bound as null.
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
  const compiled = new WeakMap<Kysely<ReadModelDatabase>, Compiled<R>>();
  const compile = (db: Kysely<ReadModelDatabase>): Compiled<R> => {
    const { parameters, ...query } = build(db, (name) => new Parameter(name) as never).compile();
    const names = parameters.map((value) => (value instanceof Parameter ? value.name : undefined));
    return { query, names, constants: parameters, connection: db.isTransaction ? compiledOn.get(query.queryId) : undefined };
  };
  return {
    execute(db, values) {
      let entry = compiled.get(db);
      if (!entry) compiled.set(db, (entry = compile(db)));
      const { query, names, constants, connection } = entry;
      const parameters: unknown[] = [];
      for (let i = 0; i < names.length; i += 1) {
        const name = names[i];
        parameters.push(name === undefined ? constants[i] : ((values as Record<string, unknown>)[name] ?? null));
      }
      if (connection) {
        try {
          const result = connection.runInTransaction<R>(query.sql, parameters);
          if (result) return Promise.resolve(result);
        } catch (error) {
          return Promise.reject(error);
        }
      }
      // The query and its id are reused: they only serve plugins, which pass them through.
      return db.executeQuery<R>({ ...query, parameters });
    },
  };
}
