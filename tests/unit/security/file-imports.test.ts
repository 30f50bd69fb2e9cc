import { afterAll, expect, it } from 'vitest';
import type { FormatName } from './file-import-fixtures';
import { hostileFiles, formats, accepted } from './file-import-fixtures';
import { describeCatalogAddresses } from './file-import-addresses';
import { describeBoundedImports } from './file-import-bounds';
import { describePrototypeKeys } from './file-import-prototype-keys';
import { describeReadingChosenFiles } from './file-import-reading';

afterAll(() => {
  console.log(
    `Hostile files: ${String(hostileFiles.tried)} tried across ${String(hostileFiles.formats.size)} formats (catalog, backup, shared report), every one refused or defused; ${String(hostileFiles.addresses)} generated addresses checked`,
  );
});

it('starts from documents every format accepts', () => {
  for (const [name, format] of Object.entries(formats)) {
    expect(accepted(name as FormatName, JSON.stringify(format.document), false)).toEqual(
      format.document,
    );
  }
});

// The cases live beside this file, one concern each; they run here so the totals above add up.
describeReadingChosenFiles();
describeBoundedImports();
describeCatalogAddresses();
describePrototypeKeys();
