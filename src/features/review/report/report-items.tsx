import { useTranslation } from 'react-i18next';
import { statementKey } from '../../../content/item-wording';
import type { ItemReport } from '../../../domain/review/review-items';
import type { ReviewReport } from '../../../domain/review/review-report';
import { formatNumber } from '../../../lib/format';

interface ItemTableProps {
  caption: string;
  items: readonly ItemReport[];
  subjectName: string;
  version: string;
}

function ItemTable(props: ItemTableProps) {
  const { t, i18n } = useTranslation();
  const value = (v: number | null) => (v === null ? '—' : formatNumber(v, i18n.language, 2));
  if (props.items.length === 0) return null;
  return (
    <table className="data-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.colItem')}</th>
          <th scope="col">{t('report.others')}</th>
          <th scope="col">{t('report.self')}</th>
          <th scope="col">{t('report.gap')}</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((item) => (
          <tr key={item.itemId}>
            <th scope="row">
              {t(statementKey(props.version, item.itemId, 'rater'), { name: props.subjectName })}
            </th>
            <td>{value(item.others)}</td>
            <td>{value(item.self)}</td>
            <td>{value(item.gap)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportItems({
  report,
  subjectName,
}: {
  report: ReviewReport;
  subjectName: string;
}) {
  const { t } = useTranslation();
  const { highest, lowest, largestGaps } = report.highlights;
  return (
    <section aria-labelledby="items-title">
      <h2 id="items-title">{t('report.itemsTitle')}</h2>
      {highest.length === 0 ? <p>{t('report.noItems')}</p> : null}
      <ItemTable
        caption={t('report.highest')}
        items={highest}
        subjectName={subjectName}
        version={report.instrumentVersion}
      />
      <ItemTable
        caption={t('report.lowest')}
        items={lowest}
        subjectName={subjectName}
        version={report.instrumentVersion}
      />
      <ItemTable
        caption={t('report.largestGaps')}
        items={largestGaps}
        subjectName={subjectName}
        version={report.instrumentVersion}
      />
    </section>
  );
}
