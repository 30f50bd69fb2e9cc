import { useTranslation } from 'react-i18next';
import { statementKey } from '../../../content/item-wording';
import type { ReportGroupId } from '../../../domain/review/review-groups';
import type { ItemReport } from '../../../domain/review/review-items';
import type { ReviewReport } from '../../../domain/review/review-report';
import { HARD_TO_OBSERVE_SHARE } from '../../../domain/review/review-rules';
import { skillIds, type SkillId } from '../../../domain/instrument/skills';
import { formatNumber } from '../../../lib/format';
import { useKeyboardScroll } from '../../../lib/use-keyboard-scroll';
import './statement-heat.css';

/** Five tints from low to high mean; the number in the cell is what carries the meaning. */
function heatClass(mean: number): string {
  return `heat-${String(Math.max(0, Math.min(4, Math.floor((mean - 1) / 0.8))))}`;
}

function MeanCell({ mean }: { mean: number | null }) {
  const { t, i18n } = useTranslation();
  if (mean === null) {
    return (
      <td className="heat-none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('report.heat.notShown')}</span>
      </td>
    );
  }
  return <td className={heatClass(mean)}>{formatNumber(mean, i18n.language, 2)}</td>;
}

interface SkillTableProps {
  skill: SkillId;
  items: readonly ItemReport[];
  groups: readonly ReportGroupId[];
  version: string;
  subjectName: string;
}

function SkillStatements({ skill, items, groups, version, subjectName }: SkillTableProps) {
  const { t } = useTranslation();
  const titleId = `heat-${skill}`;
  const scrollRef = useKeyboardScroll();
  // A heading outside the scrolling box, so a phone shows the whole title while the figures scroll.
  return (
    <>
      <h3 id={titleId} className="statement-heat-title">
        {t('report.heat.caption', { skill: t(`skills.${skill}.name`) })}
      </h3>
      <div className="statement-scroll" role="region" aria-labelledby={titleId} ref={scrollRef}>
        <table className="data-table statement-heat" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('report.colItem')}</th>
              {groups.map((group) => (
                <th scope="col" key={group}>
                  {t(`report.group.${group}`)}
                </th>
              ))}
              <th scope="col">{t('report.others')}</th>
              <th scope="col">{t('report.heat.colNotObserved')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.itemId}>
                <th scope="row">
                  {t(statementKey(version, item.itemId, 'rater'), { name: subjectName })}
                  {item.isHardToObserve ? (
                    <span className="hard-to-observe">{t('report.heat.hardToObserve')}</span>
                  ) : null}
                </th>
                {groups.map((group) => (
                  <MeanCell
                    key={group}
                    mean={item.groups.find((cell) => cell.group === group)?.mean ?? null}
                  />
                ))}
                <MeanCell mean={item.others} />
                <td className="heat-count">{item.notObserved}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Every statement: each shown group's mean, others' mean and how many could not observe it. */
export function StatementHeatTable({
  report,
  subjectName,
}: {
  report: ReviewReport;
  subjectName: string;
}) {
  const { t } = useTranslation();
  if (report.shownGroups.length === 0) return null;
  return (
    <section aria-labelledby="heat-title" className="statement-heat-section">
      <h2 id="heat-title">{t('report.heat.title')}</h2>
      <p>{t('report.heat.intro')}</p>
      <p className="hint">
        {t('report.heat.legend', {
          threshold: report.threshold,
          percent: Math.round(HARD_TO_OBSERVE_SHARE * 100),
          name: subjectName,
        })}
      </p>
      {skillIds.map((skill) => (
        <SkillStatements
          key={skill}
          skill={skill}
          items={report.items.filter((item) => item.skill === skill)}
          groups={report.shownGroups}
          version={report.instrumentVersion}
          subjectName={subjectName}
        />
      ))}
    </section>
  );
}
