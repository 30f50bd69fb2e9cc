import { discloseSpread } from '../../../src/domain/review/review-disclosure';
import type { RaterAnswer } from '../../../src/domain/instrument/scale';
import { formatNumber, ITEMS_PER_SKILL, itemIds, skills, type Rating } from './instrument';
import { translator, type Lang } from './locales';

/* Answer patterns and the report's arithmetic, written from the rules the report states. */

/** One answer per item, by skill then item; 0 is "Not observed", null leaves an item open. */
export type Sheet = readonly (readonly (RaterAnswer | null)[])[];

/**
 * A rater who gives one rating per skill (so a skill mean is that rating); `notObserved` lists
 * [skillIndex, itemIndex] pairs answered "Not observed", which must leave those means unchanged.
 */
export function perSkill(
  ratings: readonly Rating[],
  notObserved: readonly (readonly [number, number])[] = [],
): Sheet {
  return skills.map((_, skillIndex) =>
    Array.from({ length: ITEMS_PER_SKILL }, (_unused, itemIndex): RaterAnswer => {
      const skipped = notObserved.some(([s, i]) => s === skillIndex && i === itemIndex);
      return skipped ? 0 : (ratings[skillIndex] ?? 3);
    }),
  );
}

/** The items' answers as stored in a response: { 'ep-1': 4, … }. */
export function toRaterAnswers(sheet: Sheet): Partial<Record<string, RaterAnswer>> {
  const answers: Partial<Record<string, RaterAnswer>> = {};
  skills.forEach((skill, skillIndex) => {
    itemIds(skill).forEach((id, itemIndex) => {
      const answer = sheet[skillIndex]?.[itemIndex];
      if (answer !== undefined && answer !== null) answers[id] = answer;
    });
  });
  return answers;
}

const MIN_RATED_PER_SKILL = 3;
const TOLERANCE = 1e-9;

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** A rater's skill mean over the items rated 1–5, or null below 3 of 6 rated. */
export function skillMean(sheet: Sheet, skillIndex: number): number | null {
  const ratings = (sheet[skillIndex] ?? []).filter(
    (answer): answer is Rating => answer !== null && answer !== 0,
  );
  return ratings.length < MIN_RATED_PER_SKILL ? null : average(ratings);
}

export interface ReportOracle {
  threshold: number;
  self: Sheet | null;
  managers: readonly Sheet[];
  /** The groups the report shows on their own, in category order, with their label. */
  groups: readonly { label: string; raters: readonly Sheet[] }[];
}

/**
 * The "By skill" table as the report's rules describe it: means of rater means; "Others" joins
 * the shown groups but never the manager; gap = self − others; blind spot / hidden strength at
 * 0.5; agreement high from 3.5; spread as a band, or withheld, by the disclosure rule.
 */
export function expectedSkillRows(oracle: ReportOracle, lang: Lang = 'en'): string[][] {
  const t = translator(lang);
  const fmt = (value: number | null) => (value === null ? '—' : formatNumber(value, lang, 2));
  const signed = (value: number) =>
    new Intl.NumberFormat(lang, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      signDisplay: 'exceptZero',
    }).format(value);
  const means = (sheets: readonly Sheet[], skillIndex: number) =>
    sheets.flatMap((sheet) => {
      const value = skillMean(sheet, skillIndex);
      return value === null ? [] : [value];
    });
  return skills.map((skill, skillIndex) => {
    const self = oracle.self === null ? null : skillMean(oracle.self, skillIndex);
    const manager = average(means(oracle.managers, skillIndex));
    const groups = oracle.groups.map((group) => means(group.raters, skillIndex));
    const othersMeans = groups.filter((m) => m.length >= oracle.threshold).flat();
    const others = average(othersMeans);
    const gap = self !== null && others !== null ? self - others : null;
    let gapText = '—';
    let agreement = '—';
    if (gap !== null && others !== null) {
      const isBlind = gap >= 0.5 - TOLERANCE;
      const isHidden = -gap >= 0.5 - TOLERANCE;
      gapText = `${signed(gap)}${isBlind ? ` · ${t('report.blindSpot')}` : ''}${isHidden ? ` · ${t('report.hiddenStrength')}` : ''}`;
      const type = isBlind
        ? 'over-rater'
        : isHidden
          ? 'under-rater'
          : others >= 3.5 - TOLERANCE
            ? 'in-agreement-high'
            : 'in-agreement-low';
      agreement = t(`report.agreementType.${type}`);
    }
    // Whether a band may be shown is the disclosure rule's call (unit- and property-tested);
    // here the page must show what it decides.
    let spread = '—';
    if (others !== null) {
      const disclosed = discloseSpread(othersMeans, oracle.threshold);
      spread =
        disclosed.status === 'band'
          ? t(`report.spreadBand.${disclosed.band}`)
          : t('report.spreadWithheld');
    }
    return [
      t(`skills.${skill}.name`),
      fmt(self),
      fmt(manager),
      ...groups.map((m) => (m.length >= oracle.threshold ? fmt(average(m)) : t('report.tooFew'))),
      others === null
        ? '—'
        : t('report.othersValue', { mean: fmt(others), count: othersMeans.length }),
      gapText,
      agreement,
      spread,
    ];
  });
}
