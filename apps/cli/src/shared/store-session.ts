import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, openInfrastructure, type AppConfig, type Infrastructure } from '@careledger/platform';
import type { CliIo } from './cli-io';

/** The store could not be opened as configured: exit code 2, like a usage error. */
export class StoreNotFoundError extends Error {}

export interface StoreSession {
  readonly config: AppConfig;
  readonly infra: Infrastructure;
}

/**
 * Opens the configured store exactly as the API does (same settings, same files), without
 * starting the projections. Refuses a DATA_DIR without an event store instead of creating an
 * empty one: an auditor pointing at the wrong folder must be told, not shown a clean empty log.
 */
export async function openStoreSession(io: CliIo): Promise<StoreSession> {
  // Resolved like the API's own (from the process's directory, the repository root under npm).
  const config = loadConfig(io.env);
  // The file name is the platform's (libs/platform/src/infrastructure.ts).
  if (!existsSync(path.join(config.dataDir, 'events.sqlite'))) {
    throw new StoreNotFoundError(`no event store in ${config.dataDir} (set DATA_DIR to the API's data directory)`);
  }
  return { config, infra: await openInfrastructure(config, io.clock, { startProjections: false }) };
}

/** Runs `work` with an open session and always closes it. */
export async function withStore<T>(io: CliIo, work: (session: StoreSession) => Promise<T>): Promise<T> {
  const session = await openStoreSession(io);
  try {
    return await work(session);
  } finally {
    await session.infra.close();
  }
}
