import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssessmentRoutes } from '../../src/features/assessment/assessment-routes';
import { PlanRoutes } from '../../src/features/plan/plan-routes';
import { ReviewRoutes } from '../../src/features/review/review-routes';
import { renderWithProviders } from '../support/render';

// Each section's own routes: an address inside it that names no page says so, instead of an
// empty page under the header.
describe('an unknown address inside a section', () => {
  it.each([
    ['/reviews/a1b2c3/unknown', <ReviewRoutes key="reviews" />],
    ['/reviews/team/a/b/c', <ReviewRoutes key="reviews" />],
    ['/plan/goals', <PlanRoutes key="plan" />],
    ['/assessment/strategic-thinking/more', <AssessmentRoutes key="assessment" />],
  ])('%s shows “Page not found” with a way home', async (route, routes) => {
    const section = route.split('/')[1] ?? '';
    renderWithProviders(routes, { route, path: `/${section}/*` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: /home/i })).toHaveAttribute('href', '/');
  });
});
