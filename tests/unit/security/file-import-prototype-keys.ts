import { describe, expect, it } from 'vitest';
import { mergeBackup, parseBackup } from '../../../src/storage/backup';
import type { Json, FormatName } from './file-import-fixtures';
import { hostileFiles, withValue, formats, accepted } from './file-import-fixtures';
import { backupData, draftKey } from './file-import-documents';

/* ----------------------------------------------------------------------------------------- */
/* Prototype keys and unknown fields                                                          */
/* ----------------------------------------------------------------------------------------- */

const prototypeKeys = ['__proto__', 'constructor', 'prototype'];

/** Adds the three keys (each an object that would pollute) to the object at `path`. */
function withPrototypeKeys(document: unknown, path: readonly (string | number)[]): string {
  const json = JSON.stringify(withValue(document, [...path, 'marker'], 1));
  const polluting = prototypeKeys
    .map((key) => `"${key}":{"polluted":true,"prototype":{"polluted":true}}`)
    .join(',');
  // JSON.parse turns "__proto__" into an own key, as a file read by the app would have it.
  const marked = json.replace('"marker":1', `${polluting},"extraField":"dropped"`);
  if (marked === json) throw new Error('marker not found');
  return marked;
}

/** Every object the value holds: none may carry a prototype key or the unknown field. */
function expectClean(value: unknown): void {
  const seen: unknown[] = [value];
  while (seen.length > 0) {
    const node = seen.pop();
    if (typeof node !== 'object' || node === null) continue;
    const proto: unknown = Object.getPrototypeOf(node);
    expect(proto === Object.prototype || proto === Array.prototype).toBe(true);
    for (const key of Object.keys(node)) {
      expect(prototypeKeys).not.toContain(key);
      expect(key).not.toBe('extraField');
      seen.push((node as Json)[key]);
    }
  }
}

function expectPrototypeUntouched(): void {
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Json).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
}

const objectPaths: [FormatName, (string | number)[]][] = [
  ['catalog', []],
  ['catalog', ['entries', 0]],
  ['catalog', ['entries', 0, 'title']],
  ['backup', []],
  ['backup', ['data']],
  ['backup', ['data', 'assessments', 0]],
  ['backup', ['data', 'reviews', 0]],
  ['backup', ['data', 'reviews', 0, 'privateKeyJwk']],
  ['backup', ['data', 'reviews', 0, 'responses', 0, 'response']],
  ['backup', ['data', 'raterDrafts', draftKey, 'invitation']],
  ['backup', ['data', 'plan', 'advocacy']],
  ['backup', ['data', 'plan', 'goals', 0, 'actions', 0]],
  ['backup', ['data', 'sharedReports', 0, 'report']],
  ['shared report', []],
  ['shared report', ['report']],
  ['shared report', ['report', 'skills', 0]],
  ['shared report', ['report', 'comments']],
];

export function describePrototypeKeys(): void {
  describe('prototype keys and unknown fields in a file', () => {
    it.each(objectPaths)(
      'in a %s at %j are dropped, and Object.prototype is untouched',
      (format, path) => {
        const value = accepted(format, withPrototypeKeys(formats[format].document, path));

        expectPrototypeUntouched();
        expectClean(value);
        expect(value).toEqual(formats[format].document);
      },
    );

    it.each<[string, string[]]>([
      ['rater drafts', ['data', 'raterDrafts']],
      ['answers', ['data', 'assessments', '0', 'answers']],
      ['draft answers', ['data', 'draft', 'answers']],
      ['rater answers', ['data', 'reviews', '0', 'responses', '0', 'response', 'answers']],
    ])('as keys of %s are never kept, and the backup merges cleanly', (_, path) => {
      for (const key of prototypeKeys) {
        const json = JSON.stringify(withValue(formats.backup.document, path, { marker: 1 }));
        const file = json.replace('{"marker":1}', `{"${key}":{"polluted":true}}`);
        hostileFiles.tried += 1;
        const result = parseBackup(file);
        expectPrototypeUntouched();
        if (result.ok) {
          expectClean(result.value);
          expectClean(mergeBackup(backupData, result.value.data).data);
        } else {
          expect(result.error).toMatchObject({ code: 'invalid', detail: [...path, key].join('.') });
        }
        expectPrototypeUntouched();
      }
    });
  });
}
