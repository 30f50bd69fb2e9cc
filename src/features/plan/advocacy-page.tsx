import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_OBJECTION, type AdvocacyCase } from '../../domain/plan/plan';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAppStore } from '../../stores/app-store';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { StoredData } from '../../ui/stored-data';
import { EditableRows } from './editable-rows';

const objectionKeys = ['needAnother', 'notReady', 'value'] as const;

/** The case for an executive L&D role, along the advocacy path; it prints as a one-page brief. */
export function AdvocacyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('plan.case.title'));
  return (
    <div className="case-brief">
      <PageHeading>{t('plan.case.title')}</PageHeading>
      <p className="no-print">{t('plan.case.intro')}</p>
      <StoredData>
        <CaseSections />
      </StoredData>
    </div>
  );
}

/** Every part of the case, drawn from (and saved to) the plan. */
function CaseSections() {
  const { t } = useTranslation();
  const advocacy = useAppStore((state) => state.plan.advocacy);
  const updateAdvocacy = useAppStore((state) => state.updateAdvocacy);
  const [isRefused, setRefused] = useState(false);
  const change = (part: Partial<AdvocacyCase>) => {
    setRefused(updateAdvocacy({ ...advocacy, ...part }) !== 'saved');
  };
  const quickWins = advocacy.quickWins.map((text) => ({ text }));

  return (
    <>
      {isRefused ? <Notice tone="error">{t('plan.notSaved')}</Notice> : null}
      <EditableRows
        title={t('plan.case.portfolioTitle')}
        hint={t('plan.case.portfolioHint')}
        rows={advocacy.portfolio}
        fields={[
          { key: 'program', label: t('plan.case.program') },
          { key: 'owner', label: t('plan.case.owner') },
          { key: 'overlap', label: t('plan.case.overlap') },
          { key: 'gaps', label: t('plan.case.gaps') },
        ]}
        emptyRow={{ program: '', owner: '', overlap: '', gaps: '' }}
        addLabel={t('plan.case.addProgram')}
        rowLabel={(index) => t('plan.case.programRow', { number: index + 1 })}
        onChange={(portfolio) => change({ portfolio })}
      />
      <EditableRows
        title={t('plan.case.quickWinsTitle')}
        hint={t('plan.case.quickWinsHint')}
        rows={quickWins}
        fields={[{ key: 'text', label: t('plan.case.quickWin') }]}
        emptyRow={{ text: '' }}
        addLabel={t('plan.case.addQuickWin')}
        rowLabel={(index) => t('plan.case.quickWinRow', { number: index + 1 })}
        onChange={(rows) => change({ quickWins: rows.map((row) => row.text) })}
      />
      <EditableRows
        title={t('plan.case.objectivesTitle')}
        hint={t('plan.case.objectivesHint')}
        rows={advocacy.objectives}
        fields={[
          { key: 'objective', label: t('plan.case.objective') },
          { key: 'programs', label: t('plan.case.programs') },
          { key: 'metric', label: t('plan.case.metric') },
        ]}
        emptyRow={{ objective: '', programs: '', metric: '' }}
        addLabel={t('plan.case.addObjective')}
        rowLabel={(index) => t('plan.case.objectiveRow', { number: index + 1 })}
        onChange={(objectives) => change({ objectives })}
      />
      <EditableRows
        title={t('plan.case.alliesTitle')}
        hint={t('plan.case.alliesHint')}
        rows={advocacy.allies.map((ally) => ({
          name: ally.name,
          role: ally.role,
          kind: ally.kind,
        }))}
        fields={[
          { key: 'name', label: t('plan.case.allyName') },
          { key: 'role', label: t('plan.case.allyRole') },
        ]}
        emptyRow={{ name: '', role: '', kind: 'ally' }}
        addLabel={t('plan.case.addAlly')}
        rowLabel={(index) => t('plan.case.allyRow', { number: index + 1 })}
        onChange={(rows) =>
          change({
            allies: rows.map((row) => ({
              name: row.name,
              role: row.role,
              kind: row.kind === 'sponsor' ? 'sponsor' : 'ally',
            })),
          })
        }
      />
      <section className="case-section" aria-labelledby="objections-title">
        <h2 id="objections-title">{t('plan.case.objectionsTitle')}</h2>
        {objectionKeys.map((key) => (
          <label key={key} className="field field-wide">
            <span>{t(`plan.case.objections.${key}`)}</span>
            <span className="hint no-print">{t(`plan.case.objectionHints.${key}`)}</span>
            <textarea
              rows={3}
              maxLength={MAX_OBJECTION}
              value={advocacy.objections[key]}
              onChange={(event) =>
                change({ objections: { ...advocacy.objections, [key]: event.target.value } })
              }
            />
          </label>
        ))}
      </section>
      <div className="button-row no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('plan.case.print')}
        </button>
      </div>
    </>
  );
}
