import type fc from 'fast-check';
import type { FuzzPool } from './fuzz-pool';
import type { FuzzCategory, FuzzInput } from './fuzz-categories';
import { bitFlip, randomBytes, randomText, truncation } from './fuzz-mutations';
import { oversize } from './fuzz-oversize';
import { splice } from './fuzz-splice';
import { wrapped } from './fuzz-wrapped';

/** The hostile inputs of one category, drawn from the pool of valid codes. */
export function fuzzInputs(category: FuzzCategory, pool: FuzzPool): fc.Arbitrary<FuzzInput> {
  switch (category) {
    case 'random-text':
      return randomText();
    case 'random-bytes':
      return randomBytes(pool);
    case 'truncation':
      return truncation(pool);
    case 'bit-flip':
      return bitFlip(pool);
    case 'splice':
      return splice(pool);
    case 'oversize':
      return oversize(pool);
    case 'wrapped':
      return wrapped(pool);
  }
}
