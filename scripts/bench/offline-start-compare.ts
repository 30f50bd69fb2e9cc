// Offline start of two builds in the same run, alternating round by round: a fresh browser per
// round and build, five navigations per page each. Differences of a few milliseconds drift with
// the machine's load from one minute to the next, so only rounds taken side by side compare.
import type { BenchPage } from './bench-urls';
import type { BuildOrigin } from './lighthouse-compare';
import { median } from './median';
import { offlineStartTimes, offlineStartTitle } from './offline-start';
import type { BenchSection } from './section';

const navigationsPerRound = 5;

/** "168 ms (159–177)": the median of the rounds' medians, and their range. */
function summary(roundMedians: number[]): string {
  const ms = (value: number) => Math.round(value);
  const range = `${ms(Math.min(...roundMedians))}–${ms(Math.max(...roundMedians))}`;
  return `${ms(median(roundMedians))} ms (${range})`;
}

export async function benchOfflineStartCompare(
  builds: [BuildOrigin, BuildOrigin],
  pages: BenchPage[],
  rounds: number,
): Promise<BenchSection> {
  // Per build, per page: one median per round.
  const medians = builds.map(() => pages.map((): number[] => []));
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, build] of builds.entries()) {
      const times = await offlineStartTimes(build.origin, pages, navigationsPerRound);
      times.forEach((pageTimes, page) => medians[index]?.[page]?.push(median(pageTimes)));
    }
    console.error(`offline start: round ${round + 1} of ${rounds}`);
  }
  return {
    title: `${offlineStartTitle}, two builds`,
    note: `Desktop Chromium, no throttling; ${rounds} rounds, alternating builds, each ${navigationsPerRound} navigations per page: the median of the rounds' medians, and their range.`,
    columns: ['page', ...builds.map((build) => build.name)],
    rows: pages.map((page, index) => [
      page.route,
      ...medians.map((byPage) => summary(byPage[index] ?? [])),
    ]),
  };
}
