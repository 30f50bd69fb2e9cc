import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReportPlanLinks } from '../../src/features/review/report/report-plan-links';
import { renderWithProviders } from '../support/render';
import { build, respondMany, sheet } from '../unit/domain/review/review-fixtures';

const peers = sheet({ 'executive-presence': 2, 'strategic-thinking': 3, 'business-acumen': 3 });

describe('the way from a 360 report to the plan', () => {
  it('links to the plan’s recommendations for the widest blind spots', () => {
    const self = sheet({ 'executive-presence': 5, 'strategic-thinking': 5, 'business-acumen': 3 });
    renderWithProviders(
      <ReportPlanLinks report={build({ self, responses: respondMany('peer', 3, peers) })} />,
    );
    expect(
      screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Plan recommendations for Executive presence', '/plan?skill=executive-presence'],
      ['Plan recommendations for Strategic thinking', '/plan?skill=strategic-thinking'],
    ]);
  });

  it('links to the plan itself when no blind spot stands out', () => {
    renderWithProviders(<ReportPlanLinks report={build({ responses: respondMany('peer', 3) })} />);
    expect(
      screen.getByRole('link', { name: 'Plan my development from this report' }),
    ).toHaveAttribute('href', '/plan');
  });
});
