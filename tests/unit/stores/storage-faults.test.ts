import { afterAll } from 'vitest';
import { freshStorageAt } from '../support/app-store';
import { describeCorruptedValues } from './storage-fault-damaged-data';
import { describeFullStorage } from './storage-fault-full-quota';
import { describeTwoTabs } from './storage-fault-two-tabs';
import { NOW, createTally, formatTally } from './storage-fault-fixtures';

const tally = createTally();

freshStorageAt(NOW);

afterAll(() => {
  console.log(formatTally(tally));
});

// The cases live beside this file, one concern each; they run here so the totals above add up.
describeCorruptedValues(tally);
describeFullStorage(tally);
describeTwoTabs(tally);
