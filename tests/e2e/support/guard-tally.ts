// Totals of what the privacy and CSP guard watched across the whole browser run, printed once at
// the end so the figures (requests seen, requests that left the origin, CSP violations) are in
// the CI output. Each test appends one line; workers run in parallel, so lines are appended.
import { appendFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const folder = 'reports/e2e-guard';
const file = `${folder}/tests.jsonl`;

export interface GuardLine {
  requests: number;
  foreign: number;
  cspViolations: number;
  pageErrors: number;
}

export function recordGuard(line: GuardLine): void {
  mkdirSync(folder, { recursive: true });
  appendFileSync(file, `${JSON.stringify(line)}\n`);
}

export function resetGuardTally(): void {
  rmSync(folder, { recursive: true, force: true });
}

export function printGuardTally(): void {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return;
  }
  const lines = text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as GuardLine);
  const sum = (key: keyof GuardLine) => lines.reduce((total, line) => total + line[key], 0);
  console.log(
    `Guard over ${lines.length} browser tests: ${sum('requests')} requests watched, ` +
      `${sum('foreign')} left the origin, ${sum('cspViolations')} CSP violations, ` +
      `${sum('pageErrors')} uncaught page errors.`,
  );
}
