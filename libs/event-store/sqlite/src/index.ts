export {
  openSqliteEventStore,
  type SqliteConnectionSettings,
  type SqliteEventStore,
  type SqliteEventStoreOptions,
} from './sqlite-event-store';
export { SqlitePersonalDataKeyStore } from './sqlite-personal-data-key-store';
