import type { Page } from '@playwright/test';
import { expectChartsDrawn, mainHeading } from './support/app';
import { test, expect } from './support/fixtures';
import { translator } from './support/locales';
import { countPdfPages, flatText, pdfPageText } from './support/pdf';
import { heavyState, openHeavyReport, seedHeavyHistory } from './support/heavy-report';

const t = translator('en');
const latestAssessment = heavyState.assessments.at(-1);
const formats = ['A4', 'Letter'] as const;

async function printed(page: Page, format: (typeof formats)[number]) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format });
  const pages = countPdfPages(pdf);
  return { pages, first: flatText(pdfPageText(pdf, 1)), last: flatText(pdfPageText(pdf, pages)) };
}

for (const format of formats) {
  test(`results print on ${format}: the summary first, how scoring works last, no navigation`, async ({
    page,
  }) => {
    if (!latestAssessment) throw new Error('the heavy history has assessments');
    await seedHeavyHistory(page);
    await page.goto(`/results/${latestAssessment.id}`);
    await expect(mainHeading(page, t('results.title'))).toBeVisible();
    await expectChartsDrawn(page, t);

    const { pages, first, last } = await printed(page, format);

    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    expect(first).toContain(t('results.title'));
    expect(first).toContain(t('results.overall'));
    expect(first).toContain(t('results.strengths'));
    expect(first).toContain(t('results.priorities'));
    expect(first).toContain(t('results.tableCaption'));
    expect(first).not.toContain(t('results.print'));
    expect(last).toContain(t('results.howTitle'));
  });

  test(`a 360 report prints on ${format}: the gap summary first, the rules last`, async ({
    page,
  }) => {
    const { subject } = await openHeavyReport(page, t);

    const { pages, first, last } = await printed(page, format);

    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(8);
    expect(first).toContain(t('report.heading'));
    expect(first).toContain(subject);
    expect(first).toContain(t('reportHeadline.title'));
    expect(first).toContain(t('gapChart.title'));
    expect(first).not.toContain(t('reportHeadline.planLink'));
    expect(last).toContain(t('report.rulesTitle'));
  });
}

test('after the report and results pages were open, the case for the role keeps its own page size', async ({
  page,
}) => {
  const pagesOfCase = async () => {
    await expect(mainHeading(page, t('plan.case.title'))).toBeVisible();
    return {
      a4: countPdfPages(await page.pdf({ format: 'A4' })),
      letter: countPdfPages(await page.pdf({ format: 'Letter' })),
    };
  };
  await seedHeavyHistory(page);
  await page.goto('/plan/case');
  const alone = await pagesOfCase();

  await openHeavyReport(page, t);
  await page.getByRole('link', { name: t('nav.results'), exact: true }).click();
  await expect(mainHeading(page, t('results.title'))).toBeVisible();
  await page.goBack();
  await page.getByRole('link', { name: t('nav.plan'), exact: true }).click();
  await expect(page).toHaveURL('/plan');
  await page.getByRole('link', { name: t('plan.case.title'), exact: true }).click();

  expect(await pagesOfCase()).toEqual(alone);
  expect(alone.a4).toBe(1);
});
