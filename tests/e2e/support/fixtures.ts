import { test as base, expect } from '@playwright/test';

export interface RecordedRequest {
  method: string;
  url: string;
  resourceType: string;
}

interface GuardFixtures {
  /** Every request made by any page or worker of the test's browser context. */
  networkLog: RecordedRequest[];
  /** Console messages of every page of the context, as "type: text". */
  consoleLog: string[];
}

const allowedSchemes = new Set(['data:', 'blob:']);

function isOwnOrigin(url: string, origin: string): boolean {
  const parsed = new URL(url);
  return allowedSchemes.has(parsed.protocol) || parsed.origin === origin;
}

/**
 * Every journey uses this `test`. Around each test it records all requests and console
 * messages, then fails the test if anything left for another origin (privacy), if a Content
 * Security Policy violation was reported, or if a page threw an uncaught error.
 */
export const test = base.extend<GuardFixtures>({
  // Fixed language and clock zone, so texts and dates do not depend on the machine.
  locale: 'en-US',
  timezoneId: 'UTC',

  networkLog: [
    async ({ context, baseURL }, use, testInfo) => {
      const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
      const log: RecordedRequest[] = [];
      context.on('request', (request) => {
        log.push({
          method: request.method(),
          url: request.url(),
          resourceType: request.resourceType(),
        });
      });
      await use(log);
      const foreign = log.filter((request) => !isOwnOrigin(request.url, origin));
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
    async ({ context }, use, testInfo) => {
      const messages: string[] = [];
      const pageErrors: string[] = [];
      context.on('console', (message) => {
        messages.push(`${message.type()}: ${message.text()}`);
      });
      context.on('weberror', (error) => {
        pageErrors.push(error.error().message);
      });
      await use(messages);
      if (messages.length > 0 && testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('console.txt', {
          body: messages.join('\n'),
          contentType: 'text/plain',
        });
      }
      const cspViolations = messages.filter((text) => /content security policy/i.test(text));
      expect(cspViolations, 'Content Security Policy violations').toEqual([]);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
