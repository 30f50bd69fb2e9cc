import { createTryCounter } from './hostile-strings';

/** Every surface a hostile string reaches; export-injection.test.ts prints the total. */
export const tried = createTryCounter();

/** Generated strings per property, besides the fixed hostile ones. */
export const RUNS = 200;
