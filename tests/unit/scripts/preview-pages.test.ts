import { describe, expect, it } from 'vitest';
import { pageFileFor } from '../../../scripts/build/preview-pages-plugin';

const built = new Set([
  'index.html',
  'es.html',
  'plan/case.html',
  'fr/plan/case.html',
  'reviews/_/report.html',
  'es/reviews/_/report.html',
]);
const isBuilt = (file: string) => built.has(file);

describe('the file that answers a page in vite preview', () => {
  it.each([
    ['/', 'index.html'],
    ['/es', 'es.html'],
    ['/es/', 'es.html'],
    ['/plan/case', 'plan/case.html'],
    ['/plan/case/', 'plan/case.html'],
    ['/fr/plan/case', 'fr/plan/case.html'],
  ])('answers %s with its prerendered page, %s', (path, file) => {
    expect(pageFileFor(path, isBuilt)).toBe(file);
  });

  it("answers any review's report with the one report page, in the address's language", () => {
    expect(pageFileFor('/reviews/Ab3_x-9/report', isBuilt)).toBe('reviews/_/report.html');
    expect(pageFileFor('/es/reviews/Ab3_x-9/report', isBuilt)).toBe('es/reviews/_/report.html');
  });

  it('answers every other page with the empty shell, never with the home page', () => {
    expect(pageFileFor('/reviews/Ab3_x-9', isBuilt)).toBe('app.html');
    expect(pageFileFor('/fr/reviews/Ab3_x-9/report', isBuilt)).toBe('app.html');
    expect(pageFileFor('/no/such/page', isBuilt)).toBe('app.html');
    expect(pageFileFor('/estate', isBuilt)).toBe('app.html');
  });

  it("leaves a file's own address alone", () => {
    expect(pageFileFor('/sw.js', isBuilt)).toBeUndefined();
    expect(pageFileFor('/assets/index-abc123.css', isBuilt)).toBeUndefined();
  });
});
