import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { addressIn, translator, type Lang } from './support/locales';
import { raterHeading } from './support/review-rater';
import { peerInvitationCode, seededReview } from './support/review-seed';

/* The rater's six answers laid out by the room a question has, every word whole. */

const subject = 'Kim Osei';

async function invitationPath(language: Lang): Promise<string> {
  const review = await seededReview({ subject, ownerRole: 'subject', categories: ['peer'] });
  const code = await peerInvitationCode(review, { language });
  return `${addressIn('/respond', language)}#${code}`;
}

/** How many options share each row of the first question, top to bottom. */
async function optionsPerRow(page: Page): Promise<number[]> {
  const tops = await page
    .locator('main fieldset')
    .first()
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((radio) => Math.round(radio.getBoundingClientRect().top)));
  const rows = new Map<number, number>();
  for (const top of tops) rows.set(top, (rows.get(top) ?? 0) + 1);
  return [...rows.keys()].sort((a, b) => a - b).map((top) => rows.get(top) ?? 0);
}

/** Words of the option labels that the browser cut across two lines, soft hyphens aside. */
async function wordsCutInTwo(options: Locator): Promise<string[]> {
  return options.evaluateAll((labels) =>
    labels.flatMap((label) => {
      const text = label.querySelector('span')?.firstChild;
      if (!(text instanceof Text)) return [];
      const cut: string[] = [];
      for (const match of text.data.matchAll(/\S+/g)) {
        if (match[0].includes('\u00ad')) continue;
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) cut.push(match[0]);
      }
      return cut;
    }),
  );
}

const layouts = [
  { width: 1280, rows: [6] },
  { width: 800, rows: [3, 3] },
  { width: 390, rows: [1, 1, 1, 1, 1, 1] },
];

for (const language of ['en', 'es', 'fr'] as const) {
  const t = translator(language);
  for (const { width, rows } of layouts) {
    test(`in ${language} at ${width} px the six answers fall in rows of ${rows.join(' + ')}, no word cut in two`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(await invitationPath(language));
      await expect(raterHeading(page, { t, subject })).toBeVisible();

      const first = page.locator('main fieldset').first();
      // The longest label is named as people and screen readers find it, soft hyphen and all.
      await expect(
        first.getByRole('radio', { name: t('scale.5rater'), exact: true }),
      ).toBeVisible();
      expect(await optionsPerRow(page)).toEqual(rows);
      expect(await wordsCutInTwo(first.locator('label'))).toEqual([]);
    });
  }
}
