import { test as base, expect, type BrowserContext } from '@playwright/test';
import { recordGuard } from './guard-tally';

export interface RecordedRequest {
  method: string;
  url: string;
  resourceType: string;
}

/** What one browser context did: every request, console message and uncaught page error. */
export interface ContextWatch {
  requests: RecordedRequest[];
  messages: string[];
  pageErrors: string[];
}

interface GuardFixtures {
  /** Every request made by any page or worker of the test's browser context. */
  networkLog: RecordedRequest[];
  /** Console messages of every page of the context, as "type: text". */
  consoleLog: string[];
}

const allowedSchemes = new Set(['data:', 'blob:']);

export function watchContext(context: BrowserContext): ContextWatch {
  const watch: ContextWatch = { requests: [], messages: [], pageErrors: [] };
  context.on('request', (request) => {
    watch.requests.push({
      method: request.method(),
      url: request.url(),
      resourceType: request.resourceType(),
    });
  });
  context.on('console', (message) => {
    watch.messages.push(`${message.type()}: ${message.text()}`);
  });
  context.on('weberror', (error) => {
    watch.pageErrors.push(error.error().message);
  });
  return watch;
}

/** Requests that left the app's origin (data: and blob: URLs never leave the page). */
export function foreignRequests(requests: RecordedRequest[], origin: string): RecordedRequest[] {
  return requests.filter((request) => {
    const url = new URL(request.url);
    return !allowedSchemes.has(url.protocol) && url.origin !== origin;
  });
}

export function cspViolations(messages: string[]): string[] {
  return messages.filter((text) => /content security policy/i.test(text));
}

/**
 * Every journey uses this `test`. Around each test it records all requests and console
 * messages, then fails the test if anything left for another origin (privacy), if a Content
 * Security Policy violation was reported, or if a page threw an uncaught error.
 */
export const test = base.extend<GuardFixtures & { contextWatch: ContextWatch }>({
  // Fixed language and clock zone, so texts and dates do not depend on the machine.
  locale: 'en-US',
  timezoneId: 'UTC',

  contextWatch: [
    async ({ context, baseURL }, use) => {
      const watch = watchContext(context);
      await use(watch);
      recordGuard({
        requests: watch.requests.length,
        foreign: foreignRequests(watch.requests, new URL(baseURL ?? 'http://localhost:4173').origin)
          .length,
        cspViolations: cspViolations(watch.messages).length,
        pageErrors: watch.pageErrors.length,
      });
    },
    { auto: true },
  ],

  networkLog: [
    async ({ contextWatch, baseURL }, use, testInfo) => {
      const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
      const log = contextWatch.requests;
      await use(log);
      const foreign = foreignRequests(log, origin);
      if (foreign.length > 0 || testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('requests.json', {
          body: JSON.stringify(log, null, 2),
          contentType: 'application/json',
        });
      }
      expect(foreign, `requests to origins other than ${origin}`).toEqual([]);
    },
    { auto: true },
  ],

  consoleLog: [
    async ({ contextWatch }, use, testInfo) => {
      const { messages, pageErrors } = contextWatch;
      await use(messages);
      if (messages.length > 0 && testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('console.txt', {
          body: messages.join('\n'),
          contentType: 'text/plain',
        });
      }
      expect(cspViolations(messages), 'Content Security Policy violations').toEqual([]);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
