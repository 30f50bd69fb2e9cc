// Which folder of src/ may import which: one direction only, so each layer can be read, tested and
// replaced without the ones above it. Each message says why the rule exists and what to do instead.
import { readdirSync } from 'node:fs';

const features = readdirSync(new URL('../src/features', import.meta.url));

const layer = (from, target, message) => ({
  target: `./src/${from}`,
  from: `./src/${target}`,
  message,
});

/** `folder` may import from `parent` only the folders listed in `allowed` (and itself). */
const within = (parent, folder, allowed, message) => ({
  target: `./src/${parent}/${folder}`,
  from: `./src/${parent}`,
  except: [folder, ...allowed].map((name) => `./${name}`),
  message,
});

const pure = 'domain is pure: it imports only itself, so it runs and is tested without a browser.';

const layers = [
  ...['app', 'features', 'stores', 'storage', 'links', 'ui', 'lib'].map((other) =>
    layer('domain', other, pure),
  ),
  ...['stores', 'storage', 'features', 'ui'].map((other) =>
    layer('links', other, 'links are formats: they depend on domain only.'),
  ),
  ...['stores', 'features', 'ui'].map((other) =>
    layer('storage', other, 'storage depends on domain only.'),
  ),
  layer('stores', 'features', 'stores hold shared state; features use them, not the reverse.'),
  layer('stores', 'ui', 'stores hold state, not views.'),
  layer('ui', 'features', 'ui primitives know no feature.'),
  layer('ui', 'stores', 'ui primitives are presentational: pass data in as props.'),
  layer('lib', 'features', 'lib singletons know no feature.'),
  layer('lib', 'stores', 'lib singletons know no store.'),
  layer('features', 'app', 'features never reach up into the composition root.'),
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'features never import each other; share through domain, stores or ui.',
  })),
];

// Inside domain, capabilities stack: files and calendar < instrument < assessment < review < plan < team.
// A plan is built from reviews and assessments; a review never needs to know a plan exists.
const domain = [
  within(
    'domain',
    'files',
    [],
    'domain/files holds generic file and text formats; it knows nothing of skills, reviews or plans. Pass what it needs as arguments.',
  ),
  within(
    'domain',
    'calendar',
    ['files'],
    'domain/calendar is plain dates and iCalendar text; events about goals or reviews are built in the capability that owns them.',
  ),
  within(
    'domain',
    'instrument',
    ['files'],
    'domain/instrument is the shared vocabulary (skills, items, scale, languages); everything else builds on it, so it may use only files.',
  ),
  within(
    'domain',
    'assessment',
    ['instrument', 'files', 'calendar'],
    'domain/assessment scores one person’s answers; it must not depend on reviews or plans (they depend on it).',
  ),
  within(
    'domain',
    'review',
    ['assessment', 'instrument', 'files', 'calendar'],
    'domain/review aggregates 360 answers; it must not depend on the plan (the plan reads reviews, not the reverse).',
  ),
  within(
    'domain',
    'plan',
    ['review', 'assessment', 'instrument', 'files', 'calendar'],
    'domain/plan sits on top of the domain and may use every other part of it.',
  ),
  within(
    'domain',
    'team',
    ['plan', 'review', 'assessment', 'instrument', 'files', 'calendar'],
    'domain/team gathers a manager’s reviews; it reads every other part of the domain and nothing reads it.',
  ),
];

// Inside the owner's 360 feature: the report is drawn the same for the owner and for a shared copy,
// so it imports no sibling; the owner's review page composes the others.
const review = [
  within(
    'features/review',
    'report',
    [],
    'features/review/report draws a report from data it is given; the pages that own a review or a shared copy compose it, not the reverse.',
  ),
  within(
    'features/review',
    'collect',
    [],
    'features/review/collect opens responses; it is used by the review page and the /collect route and knows neither.',
  ),
  within(
    'features/review',
    'new-review',
    [],
    'features/review/new-review creates a review and stands alone; move what it shares with others to domain or ui.',
  ),
  within(
    'features/review',
    'shared',
    ['report'],
    'features/review/shared shows reports shared with you; it may draw them with report, nothing else of the owner’s.',
  ),
  within(
    'features/review',
    'reviews',
    ['collect', 'report', 'shared'],
    'features/review/reviews (the owner’s list and one review) composes collect, report and shared; creating a review stays apart.',
  ),
  within(
    'features/review',
    'team',
    ['new-review', 'reviews', 'report', 'collect', 'shared'],
    'features/review/team composes the manager’s workspace from the other 360 parts; none of them may depend on it.',
  ),
];

export const boundaryZones = [...layers, ...domain, ...review];
