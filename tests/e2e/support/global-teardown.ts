import { printGuardTally } from './guard-tally';

export default function globalTeardown(): void {
  printGuardTally();
}
