import './assessment-progress.css';
import { useTranslation } from 'react-i18next';
import { itemBank } from '../../content/item-bank';
import {
  assessmentSteps,
  stepNumber,
  type AssessmentStep,
} from '../../domain/assessment/assessment-steps';
import { useAppStore } from '../../stores/app-store';

export function AssessmentProgress({ step }: { step: AssessmentStep }) {
  const { t } = useTranslation();
  const answered = useAppStore((state) => Object.keys(state.draft?.answers ?? {}).length);
  const total = itemBank.items.length;
  return (
    <div className="progress">
      <p className="progress-step">
        {t('assessment.stepLabel', { current: stepNumber(step), total: assessmentSteps.length })}
      </p>
      <label className="progress-bar">
        <span className="visually-hidden">{t('assessment.progressLabel')}</span>
        <progress max={total} value={answered} />
        <span>{t('assessment.progressValue', { answered, total })}</span>
      </label>
    </div>
  );
}
