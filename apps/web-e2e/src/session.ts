import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { graphql } from './graphql';
import { startBuiltServer, type BuiltServer } from './server';

/** What a browser spec works with: its own built server, and a fresh Chinese page per test. */
export interface BrowserSession {
  /** The server's base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** This test's page: zh-CN in Asia/Shanghai, as the county's users see the app. */
  readonly page: Page;
  /** A GraphQL call on this server, for setup done "by another user" (see graphql.ts). */
  graphql<T>(query: string, variables: Record<string, unknown>, user?: string): Promise<T>;
}

/**
 * Registers the hooks of a describe block: the production build started over a fresh data
 * directory (demo data seeded) and Chromium launched once per file, a new page per test.
 * Read `url` and `page` inside tests only.
 *
 * @example
 *   describe('funds in the browser', () => {
 *     const session = useBrowserSession();
 *     it('…', async () => { await session.page.goto(`${session.url}/funds`); });
 *   });
 */
export function useBrowserSession(): BrowserSession {
  let server: BuiltServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    server = await startBuiltServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    page = await browser!.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} exists only inside a test of this describe block`);
    return value;
  };
  return {
    get url() {
      return started(server, 'server').url;
    },
    get page() {
      return started(page, 'page');
    },
    graphql(query, variables, user) {
      return graphql(started(server, 'server').url, query, variables, user);
    },
  };
}
