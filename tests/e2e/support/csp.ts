/**
 * Running the app under a Content-Security-Policy and catching every violation of it: the page's own
 * `securitypolicyviolation` events (collected from the first script on), and the reports of a report-only
 * copy of the same policy, which reach the server from the page, its workers and its service worker alike.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import type { StaticServerOptions } from './static-server';

/** The policy the built app must run under with no violation. */
export const REQUIRED_POLICY = "default-src 'self'; worker-src 'self' blob:";

const REPORT_PATH = '/csp-report';

export interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

/**
 * Server options that enforce `policy` exactly, and report violations of the same policy to the server
 * (the report-only header changes nothing the browser allows: it only makes workers' violations visible).
 */
export function withPolicy(policy = REQUIRED_POLICY): { options: StaticServerOptions; reports: unknown[] } {
  const reports: unknown[] = [];
  const intercept = (request: IncomingMessage, response: ServerResponse, pathname: string) => {
    if (pathname !== REPORT_PATH || request.method !== 'POST') return false;
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      reports.push(JSON.parse(body || 'null'));
      response.writeHead(204).end();
    });
    return true;
  };
  return {
    reports,
    options: {
      headers: {
        'Content-Security-Policy': policy,
        'Content-Security-Policy-Report-Only': `${policy}; report-uri ${REPORT_PATH}`,
      },
      intercept,
    },
  };
}

/** Starts collecting the page's violation events before any of its scripts runs. */
export async function collectViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __violations: unknown[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: e.sourceFile,
        line: e.lineNumber,
        sample: e.sample,
      }),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
}
