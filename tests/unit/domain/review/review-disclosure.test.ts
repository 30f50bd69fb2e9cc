import { describe, expect, it } from 'vitest';
import {
  bandOfSd,
  discloseSpread,
  mayShowMean,
  raterMeanValues,
} from '../../../../src/domain/review/review-disclosure';
import type { RaterAnswer } from '../../../../src/domain/instrument/scale';
import { build, respond, sheet, skillOf } from './review-fixtures';

type Answers = RaterAnswer | readonly RaterAnswer[];

describe('mayShowMean', () => {
  it.each([
    { raters: 2, threshold: 3, shown: false },
    { raters: 3, threshold: 3, shown: true },
    { raters: 4, threshold: 5, shown: false },
    { raters: 5, threshold: 5, shown: true },
  ])('$raters raters at threshold $threshold: $shown', ({ raters, threshold, shown }) => {
    expect(mayShowMean(raters, threshold)).toBe(shown);
  });
});

describe('bandOfSd', () => {
  it.each([
    { sd: 0, band: 'close' },
    { sd: 0.4999, band: 'close' },
    { sd: 0.5, band: 'mixed' },
    { sd: 0.9999, band: 'mixed' },
    { sd: 1, band: 'apart' },
    { sd: 2, band: 'apart' },
  ])('SD $sd reads as $band', ({ sd, band }) => {
    expect(bandOfSd(sd)).toBe(band);
  });
});

describe('raterMeanValues', () => {
  it('holds every mean of 3 to 6 answers of 1–5, once each, in order', () => {
    expect(raterMeanValues[0]).toBe(1);
    expect(raterMeanValues.at(-1)).toBe(5);
    expect(raterMeanValues).toContain(25 / 6);
    expect(raterMeanValues).toContain(3.4);
    expect(new Set(raterMeanValues).size).toBe(raterMeanValues.length);
  });
});

describe('discloseSpread', () => {
  it.each<{ label: string; means: number[]; threshold: number; shown: unknown }>([
    { label: 'too few raters', means: [3, 4], threshold: 3, shown: { status: 'withheld' } },
    {
      label: 'everyone at 5 (the mean alone tells)',
      means: [5, 5, 5],
      threshold: 3,
      shown: { status: 'withheld' },
    },
    {
      label: 'full agreement at 3',
      means: [3, 3, 3],
      threshold: 3,
      shown: { status: 'band', band: 'close' },
    },
    { label: 'SD 0.82', means: [3, 4, 5], threshold: 3, shown: { status: 'band', band: 'mixed' } },
    {
      label: 'SD exactly 1',
      means: [2, 2, 4, 4],
      threshold: 3,
      shown: { status: 'band', band: 'apart' },
    },
  ])('$label', ({ means, threshold, shown }) => {
    expect(discloseSpread(means, threshold)).toEqual(shown);
  });
});

describe('the report under the disclosure rule', () => {
  const peersWith = (raters: readonly Answers[]) =>
    raters.map((answers) => respond('peer', sheet({ 'executive-presence': answers })));

  it.each<{ label: string; raters: Answers[]; band: string }>([
    { label: 'an SD of exactly 1.0', raters: [2, 2, 4, 4], band: 'apart' },
    { label: 'a range of 2.0 over three raters', raters: [2, 3, 4], band: 'mixed' },
    { label: 'full agreement', raters: [3, 3, 3], band: 'close' },
  ])('shows $label as the band "$band", never as an SD or range', ({ raters, band }) => {
    const skill = skillOf(build({ responses: peersWith(raters) }));

    expect(skill.spread).toEqual({ status: 'band', band });
  });

  it('measures spread only over the raters behind the others figure', () => {
    const report = build({
      responses: [
        respond('manager', sheet({ 'executive-presence': 1 })),
        ...peersWith([4, 4, 4]),
        respond('direct-report', sheet({ 'executive-presence': 5 })),
      ],
    });

    expect(skillOf(report).spread).toEqual({ status: 'band', band: 'close' });
  });
});
