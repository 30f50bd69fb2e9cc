import { useTranslation } from 'react-i18next';
import { skillIds } from '../../domain/instrument/skills';
import { useAppStore } from '../../stores/app-store';

const weights = [1, 2, 3, 4, 5] as const;

/** How much each skill matters for the role the person wants next: it weights the priorities. */
export function ImportanceSection() {
  const { t } = useTranslation();
  const importance = useAppStore((state) => state.plan.importance);
  const setImportance = useAppStore((state) => state.setImportance);
  return (
    <section aria-labelledby="importance-title" className="no-print">
      <h2 id="importance-title">{t('plan.importanceTitle')}</h2>
      {/* Set once and rarely changed, so the weights stay folded away under their explanation. */}
      <details className="plan-importance">
        <summary>{t('plan.importanceChange')}</summary>
        <p className="hint">{t('plan.importanceHint')}</p>
        <div className="importance-grid">
          {skillIds.map((skill) => (
            <label key={skill} className="field">
              <span>{t(`skills.${skill}.name`)}</span>
              <select
                value={importance[skill]}
                onChange={(event) => setImportance(skill, Number(event.target.value))}
              >
                {weights.map((weight) => (
                  <option key={weight} value={weight}>
                    {t(`plan.importance.${weight}`)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </details>
    </section>
  );
}
