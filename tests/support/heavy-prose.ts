/* English prose of the length people write, for the heavy history's comments, notes and goals. */

export const strengths = [
  'Explains the why behind every programme, so people know what the learning is for.',
  'Brings data to leadership meetings and is honest about what the numbers do not show.',
  'Stays calm when plans change and helps the team find the next useful step.',
  'Builds real partnerships with business leaders instead of waiting for requests.',
  'Gives clear, kind feedback and follows up on it.',
  'Turned the onboarding redesign into a business case that finance actually supported.',
  'Listens first in difficult conversations and summarises fairly before deciding.',
  'Makes room for the team to present their own work to senior leaders.',
];

export const developments = [
  'Could bring finance into planning earlier rather than at the budget review.',
  'Sometimes says yes to every request; a clearer set of priorities would help the team.',
  'Speak up sooner in executive meetings: your view is usually right and arrives late.',
  'Share the three-year view more often, so we can see how this year fits into it.',
  'Metrics are strong on participation and thinner on business outcomes.',
  'Delegate more of the vendor negotiations; the team is ready for them.',
  'When under pressure the updates get shorter; we would rather hear more, not less.',
];

export const notes = [
  'Met with the CFO on Tuesday; she suggested starting from the cost of turnover in sales.',
  'First draft shared with two business partners, who asked for clearer outcome measures.',
  'Slipped by a month because of the reorganisation, but the scope is unchanged.',
  'Booked the sessions for the spring; the mentor asked for a one-page summary beforehand.',
  'The pilot group rated it 4.4 out of 5 and three managers asked to join the next cohort.',
  'Need to revisit the success measure: completion rates say little about behaviour change.',
  'Presented the results at the leadership offsite; the COO wants a follow-up in Q3.',
  'Reading notes kept in the shared folder, with two ideas to test in the next programme.',
];

export const goals = [
  ['Lead the learning portfolio review', 'Two business leaders sign off the priorities'],
  ['Present the L&D budget in business terms', 'The CFO accepts the ROI model without rework'],
  ['Speak at the quarterly leadership forum', 'Invited back by the executive team'],
  ['Build a skills dashboard for the board', 'Used in two board meetings this year'],
  ['Lead the merger integration learning plan', 'Every new team onboarded within 90 days'],
  ['Find a sponsor on the executive team', 'Monthly conversations for six months'],
] as const;

export const ownTitles = [
  'Shadow the CFO in budget reviews',
  'Ask three peers for feedback after each leadership meeting',
  'Write a one-page case for the learning strategy',
  'Review last year’s programme data with the analytics team',
];

export const message =
  'I am working towards a chief learning officer role and would value your honest view of how ' +
  'I lead. It takes about ten minutes and answers are only shown in groups. Thank you!';

export const names = [
  'Ana Pérez',
  'Sam Okafor',
  'Lena Müller',
  'Priya Nair',
  'Tom Walsh',
  'Mei Chen',
];
export const others = ['peer', 'direct-report', 'peer', 'direct-report', 'other'] as const;
