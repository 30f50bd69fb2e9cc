import { useTranslation } from 'react-i18next';
import { statementKey } from '../../content/item-wording';
import type { ItemChange } from '../../domain/assessment/compare-versions';
import { formatNumber, formatSigned } from '../../lib/format';
import { useKeyboardScroll } from '../../lib/use-keyboard-scroll';

/** The statements whose answer moved most; reworded statements never appear here. */
export function ItemChangeTable({
  changes,
  version,
  caption,
}: {
  changes: ItemChange[];
  /** The latest result's bank version: the listed statements read the same in both results. */
  version: string;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const scrollRef = useKeyboardScroll();
  if (changes.length === 0) return <p>{t('history.itemsNone')}</p>;
  return (
    <>
      <table className="data-table" ref={scrollRef}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.colStatement')}</th>
            <th scope="col">{t('history.colBefore')}</th>
            <th scope="col">{t('history.colAfter')}</th>
            <th scope="col">{t('history.colChange')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((item) => (
            <tr key={item.id}>
              <th scope="row">{t(statementKey(version, item.id, 'self'))}</th>
              <td>{formatNumber(item.before, i18n.language)}</td>
              <td>{formatNumber(item.after, i18n.language)}</td>
              <td>{formatSigned(item.change, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('results.howScale')}</p>
    </>
  );
}
