import { createElement as h, useEffect, useState } from 'react';

const intro = 'An index from 0 to 100 per skill, your strengths, where to develop first.';

/** The markup of index.html, so that taking it over matches; `withDate` then fills in a date. */
export function Page({ withDate }: { withDate: boolean }) {
  const [completed, setCompleted] = useState('–');
  useEffect(() => {
    if (withDate) setCompleted(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format());
  }, [withDate]);
  return h(
    'main',
    null,
    h('h1', null, 'Your readiness profile'),
    h('p', null, intro),
    h('p', { id: 'completed' }, completed),
  );
}
