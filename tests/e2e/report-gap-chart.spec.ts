import { test, expect } from './support/fixtures';
import { translator } from './support/locales';
import { openHeavyReport } from './support/heavy-report';

const t = translator('en');

/** The header each series has in the table, by the id the chart marks carry. */
const seriesHeaders: Record<string, string> = {
  self: t('report.self'),
  manager: t('report.manager'),
  peer: t('report.group.peer'),
  'direct-report': t('report.group.direct-report'),
  other: t('report.group.other'),
  pool: t('report.group.pool'),
  others: t('gapChart.othersAll'),
};

test('the gap chart draws the same numbers as its table, skill by skill', async ({ page }) => {
  await openHeavyReport(page, t);

  const figure = page.getByRole('figure', { name: t('gapChart.title') });
  await figure.getByText(t('gapChart.showTable')).click();
  const table = figure.getByRole('table', { name: t('gapChart.tableCaption') });
  await expect(table).toBeVisible();
  const headers = await table.locator('thead th').allTextContents();

  const drawn = await figure.locator('[data-skill]').evaluateAll((rows) =>
    rows.map((row) => ({
      skill: row.querySelector('.gap-skill')?.textContent ?? '',
      marks: Array.from(row.querySelectorAll('[data-series]'), (mark) => ({
        series: mark.getAttribute('data-series') ?? '',
        value: Number(mark.getAttribute('data-value')),
      })),
    })),
  );
  expect(drawn).toHaveLength(5);

  let compared = 0;
  for (const { skill, marks } of drawn) {
    const row = table.getByRole('row', { name: new RegExp(`^${skill}`) });
    const cells = [
      await row.getByRole('rowheader').textContent(),
      ...(await row.getByRole('cell').allTextContents()),
    ];
    expect(cells[0]).toBe(skill);
    expect(marks.length).toBeGreaterThan(0);
    for (const { series, value } of marks) {
      const column = headers.indexOf(seriesHeaders[series] ?? `unknown series ${series}`);
      expect(column, `${series} has a column`).toBeGreaterThan(0);
      expect(cells[column], `${skill}, ${series}`).toBe(String(Math.round(value)));
      compared += 1;
    }
    // A cell without a mark is a dash: the table shows nothing the chart leaves out.
    const marked = new Set(marks.map((mark) => headers.indexOf(seriesHeaders[mark.series] ?? '')));
    for (let column = 1; column < headers.length - 1; column += 1) {
      if (!marked.has(column)) expect(cells[column], `${skill}, ${headers[column]}`).toBe('—');
    }
  }
  expect(compared).toBeGreaterThanOrEqual(15);
});
