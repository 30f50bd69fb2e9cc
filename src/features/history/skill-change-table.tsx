import { useTranslation } from 'react-i18next';
import type { SkillComparison } from '../../domain/assessment/compare-versions';
import { formatNumber, formatSigned } from '../../lib/format';
import { useKeyboardScroll } from '../../lib/use-keyboard-scroll';

function ReadingCell({ row }: { row: SkillComparison }) {
  const { t } = useTranslation();
  if (row.reading === null) {
    return <td>{row.before !== null && row.after !== null ? t('history.notCompared') : '—'}</td>;
  }
  const reading = t(`reliableChange.${row.reading}`);
  return (
    <td>
      {row.shared < row.total
        ? t('history.readingShared', { reading, shared: row.shared, total: row.total })
        : reading}
    </td>
  );
}

/** Change per skill with its reading: within the noise, or a real rise or fall. */
export function SkillChangeTable({ rows, caption }: { rows: SkillComparison[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const scrollRef = useKeyboardScroll();
  const language = i18n.language;
  return (
    <table className="data-table" ref={scrollRef}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.colSkill')}</th>
          <th scope="col">{t('history.colBefore')}</th>
          <th scope="col">{t('history.colAfter')}</th>
          <th scope="col">{t('history.colChange')}</th>
          <th scope="col">{t('history.colReading')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.skill}>
            <th scope="row">{t(`skills.${row.skill}.name`)}</th>
            <td>{row.before === null ? '—' : formatNumber(row.before, language)}</td>
            <td>{row.after === null ? '—' : formatNumber(row.after, language)}</td>
            <td>
              {row.change === null
                ? '—'
                : Math.round(row.change) === 0
                  ? t('history.unchanged')
                  : formatSigned(row.change, language)}
            </td>
            <ReadingCell row={row} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
