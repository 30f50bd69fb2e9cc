import { describe, expect, it } from 'vitest';
import { builtInCatalog } from '../../../src/content/catalog';
import { catalogSchema, mixOf, type LearningMix } from '../../../src/domain/plan/catalog';
import { skillIds } from '../../../src/domain/instrument/skills';

/** Every provider named in content-facts.md (Part 1 programs, Part 2 publishers); nothing else. */
const knownProviders = [
  'Training Industry, Inc.',
  'ATD Certification Institute',
  'Society for Human Resource Management (SHRM)',
  'University of Pennsylvania Graduate School of Education',
  'ROI Institute',
  'Harvard Business School Online',
  'The Wharton School, University of Pennsylvania, on Coursera',
  'Wharton Executive Education',
  'Harvard (HBAP)',
  'Center for Creative Leadership',
  'Harvard Kennedy School Executive Education',
  'Toastmasters International',
  'Stanford Graduate School of Business Executive Education',
  'University of Pennsylvania Positive Psychology Center',
  'University of Pennsylvania on Coursera',
  'UMass Medical School Center for Mindfulness (curriculum)',
  'AIHR (Academy to Innovate HR)',
  'Personnel Psychology',
  'Psychological Bulletin',
  'Human Resource Management Review',
];

/** content-facts.md drops these: not confirmed from a provider or an authoritative page. */
const droppedNames = [/kirkpatrick/i, /four levels/i, /leadership at the peak/i, /dale carnegie/i];

const entries = builtInCatalog.entries;
const mixes: LearningMix[] = ['experience', 'relationship', 'formal'];

describe('builtInCatalog', () => {
  it('passes the catalog schema an imported file must pass', () => {
    expect(catalogSchema.safeParse(builtInCatalog).success).toBe(true);
    expect(builtInCatalog.version).toBe('2026.1');
  });

  it('holds at least 40 entries with unique kebab-case ids', () => {
    const ids = entries.map((entry) => entry.id);

    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(entries.map((entry) => [entry.id, entry] as const))(
    'gives %s a title and summary in English, Spanish and French',
    (_id, entry) => {
      for (const text of [entry.title, entry.summary]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.es?.trim()).toBeTruthy();
        expect(text.fr?.trim()).toBeTruthy();
      }
      for (const text of [entry.effort, entry.format, entry.prerequisites]) {
        if (text === null) continue;
        expect(text.es?.trim()).toBeTruthy();
        expect(text.fr?.trim()).toBeTruthy();
      }
    },
  );

  it.each(skillIds)('offers %s at least six entries', (skill) => {
    expect(entries.filter((entry) => entry.skills.includes(skill)).length).toBeGreaterThanOrEqual(
      6,
    );
  });

  it.each(skillIds.flatMap((skill) => mixes.map((mix) => [skill, mix] as const)))(
    'offers %s at least one %s entry',
    (skill, mix) => {
      const matching = entries.filter(
        (entry) => entry.skills.includes(skill) && mixOf(entry.type) === mix,
      );

      expect(matching.length).toBeGreaterThanOrEqual(1);
    },
  );

  it('links only to https addresses', () => {
    for (const entry of entries) {
      if (entry.url !== null) expect(new URL(entry.url).protocol).toBe('https:');
    }
  });

  it('names a provider from content-facts for every formal entry', () => {
    for (const entry of entries.filter((e) => mixOf(e.type) === 'formal')) {
      expect(knownProviders, entry.id).toContain(entry.provider);
    }
  });

  it('leaves provider and address empty for experiences and relationships', () => {
    for (const entry of entries.filter((e) => mixOf(e.type) !== 'formal')) {
      expect(entry.provider, entry.id).toBeNull();
      expect(entry.url, entry.id).toBeNull();
    }
  });

  it('keeps program titles in their original English in every language', () => {
    for (const entry of entries.filter((e) => mixOf(e.type) === 'formal' && e.type !== 'reading')) {
      expect(entry.title.es, entry.id).toBe(entry.title.en);
      expect(entry.title.fr, entry.id).toBe(entry.title.en);
    }
  });

  it('lists nothing content-facts dropped as unconfirmed', () => {
    for (const entry of entries) {
      for (const pattern of droppedNames) {
        expect(entry.title.en, entry.id).not.toMatch(pattern);
        expect(entry.provider ?? '', entry.id).not.toMatch(pattern);
      }
    }
  });
});
