import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../bootstrap';
import { loadConfig, type Clock } from '@careledger/platform';

export interface GraphqlResponse<T = Record<string, unknown>> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: { code?: string; details?: Record<string, unknown> } }[];
}

export interface TestApp {
  readonly running: RunningApp;
  readonly dataDir: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** The application's only "now" (recorded-at instants, default business dates); see TestClock. */
  readonly clock?: Clock;
}

/** A real API on a random port over a fresh embedded store in a temp directory. */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'careledger-api-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, SEED_DEMO: 'false', WEB_DIST: path.join(dataDir, 'no-web'), ...env });
  const running = await startApp(config, { logger: false, ...(options.clock ? { clock: options.clock } : {}) });
  return {
    running,
    dataDir,
    async gql(query, variables = {}, headers = {}) {
      const response = await fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlResponse<any>;
    },
    async close() {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
