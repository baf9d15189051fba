import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PersonalDataVault, protectPersonalData, type EventStore } from '@careledger/event-store';
import { openSqliteEventStore } from '@careledger/event-store-sqlite';
import {
  allProjections,
  auditPersonalDataPolicy,
  openSqliteReadModels,
  ProjectionRunner,
  type ReadModelDatabase,
} from '@careledger/projections';
import type { Kysely } from 'kysely';
import type { AppConfig } from './app-config';
import type { Clock } from './clock';

/** Everything with a lifecycle the application runs on: opened at start, closed at shutdown. */
export interface Infrastructure {
  /** The log as the application sees it: personal data decrypted on read, encrypted on append. */
  readonly store: EventStore;
  /** The log as stored (ciphertext): for integrity checks and auditors' exports. */
  readonly rawStore: EventStore;
  readonly readDb: Kysely<ReadModelDatabase>;
  readonly runner: ProjectionRunner;
  readonly vault: PersonalDataVault;
  close(): Promise<void>;
}

/** Every personal-data policy of the domains, merged: one vault protects all streams. */
const personalDataPolicy = auditPersonalDataPolicy;

export interface OpenInfrastructureOptions {
  /** Start following the log with the projections (the API does; most CLI commands do not). */
  readonly startProjections?: boolean;
}

export async function openInfrastructure(
  config: AppConfig,
  clock: Clock,
  options: OpenInfrastructureOptions = {},
): Promise<Infrastructure> {
  mkdirSync(config.dataDir, { recursive: true });
  const eventsFile = path.join(config.dataDir, 'events.sqlite');
  const isNewStore = !existsSync(eventsFile);
  const rawStore = openSqliteEventStore({ filename: eventsFile, synchronous: config.sqliteSynchronous });
  const vault = new PersonalDataVault(rawStore.personalDataKeys, loadMasterKey(config, isNewStore));
  const store = protectPersonalData(rawStore, vault, personalDataPolicy);

  const readDb = await openSqliteReadModels({ filename: path.join(config.dataDir, 'read-models.sqlite') });
  const runner = new ProjectionRunner({
    store,
    db: readDb,
    projections: allProjections,
    now: () => clock.now().toISOString(),
  });
  if (options.startProjections ?? true) await runner.start();

  return {
    store,
    rawStore,
    readDb,
    runner,
    vault,
    async close() {
      await runner.stop();
      await readDb.destroy();
      await store.close();
    },
  };
}

/**
 * The master key wraps every person's data key. Production passes it in CARELEDGER_MASTER_KEY
 * (kept outside the data directory, so a copied database alone reveals no personal data); the
 * embedded demo creates one beside the data on first start. A store without its key is refused:
 * starting would silently treat every person's data as erased.
 */
function loadMasterKey(config: AppConfig, isNewStore: boolean): Buffer {
  if (config.masterKeyFromEnv) return config.masterKeyFromEnv;
  const keyFile = path.join(config.dataDir, 'master.key');
  if (existsSync(keyFile)) return Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex');
  if (!isNewStore) {
    throw new Error(`The event store in ${config.dataDir} exists but its master key does not (${keyFile} or CARELEDGER_MASTER_KEY)`);
  }
  const key = randomBytes(32);
  writeFileSync(keyFile, key.toString('hex'), { mode: 0o600 });
  return key;
}
