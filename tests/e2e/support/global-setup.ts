import { resetGuardTally } from './guard-tally';

export default function globalSetup(): void {
  resetGuardTally();
}
