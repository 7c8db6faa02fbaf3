/**
 * The built site served on 127.0.0.1 and a Chromium to visit it, set up once per test file.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

export interface SiteInBrowser {
  server: StaticServer;
  browser: Browser;
}

export function siteInBrowser(): SiteInBrowser {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    site.server = await serveDist();
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
