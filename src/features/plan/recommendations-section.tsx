import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { itemBank } from '../../content/item-bank';
import { sortByNewest } from '../../domain/assessment/assessment';
import { localize, type CatalogEntry } from '../../domain/plan/catalog';
import { MAX_ACTIONS_PER_GOAL } from '../../domain/plan/plan';
import { buildRecommendations, type Recommendation } from '../../domain/plan/recommendations';
import type { ReviewReport } from '../../domain/review/review-report';
import { scoreAssessment } from '../../domain/assessment/scoring';
import type { SkillId } from '../../domain/instrument/skills';
import { createId } from '../../lib/ids';
import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../stores/app-store';
import { Notice } from '../../ui/notice';
import { actionFromEntry } from './catalog-action';
import { useActiveCatalog } from './use-active-catalog';

function SkillRecommendations(props: {
  skill: SkillId;
  isOpen: boolean;
  /** Asked for by the link that opened the page (from a 360 report): it takes focus. */
  isAskedFor: boolean;
  recommendations: Recommendation[];
  catalog: readonly CatalogEntry[];
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const goal = useAppStore((state) =>
    state.plan.goals.find((g) => g.skill === props.skill && g.archivedAt === null),
  );
  const addAction = useAppStore((state) => state.addAction);
  const [chosen, setChosen] = useState<string[]>([]);
  const [added, setAdded] = useState(0);
  const skillName = t(`skills.${props.skill}.name`);
  const summaryRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (props.isAskedFor) summaryRef.current?.focus();
  }, [props.isAskedFor]);
  // Whole numbers, as the results page shows them.
  const number = (value: number | undefined) => formatNumber(value ?? 0, i18n.language);

  const entryOf = (id: string) => props.catalog.find((entry) => entry.id === id);
  const hasRoom = !goal || goal.actions.length + chosen.length <= MAX_ACTIONS_PER_GOAL;
  const addToGoal = () => {
    if (!goal || !hasRoom) return;
    let count = 0;
    for (const id of chosen) {
      const entry = entryOf(id);
      if (
        entry &&
        addAction(goal.id, actionFromEntry(entry, i18n.language), createId()) === 'saved'
      )
        count += 1;
    }
    setAdded(count);
    setChosen([]);
  };

  return (
    // One skill open at a time (details sharing a name), the most urgent first.
    <details className="card recommendation" name="plan-recommendation" open={props.isOpen}>
      <summary ref={summaryRef}>
        <h3 className="recommendation-skill">{skillName}</h3>
      </summary>
      <article aria-label={skillName}>
        {props.recommendations.length === 0 ? <p>{t('plan.recommend.noEntries')}</p> : null}
        <fieldset className="field field-wide">
          <legend>{t('plan.recommend.choose', { skill: skillName })}</legend>
          {props.recommendations.map((rec) => {
            const entry = entryOf(rec.entryId);
            if (!entry) return null;
            const values = Object.fromEntries(
              Object.entries(rec.why.values).map(([key, value]) => [key, number(value)]),
            );
            return (
              <label key={rec.entryId} className="choice recommendation-choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(rec.entryId)}
                  onChange={(event) =>
                    setChosen((list) =>
                      event.target.checked
                        ? [...list, rec.entryId]
                        : list.filter((id) => id !== rec.entryId),
                    )
                  }
                />
                <span>
                  <strong>{localize(entry.title, i18n.language)}</strong>{' '}
                  <span className="hint">({t(`plan.mix.${rec.mix}`)})</span>
                  <br />
                  {localize(entry.summary, i18n.language)}
                  <br />
                  <em>
                    {t(`plan.recommend.why.${rec.why.key}`, {
                      ...values,
                      count: rec.why.values.count,
                      skill: skillName,
                    })}
                  </em>
                </span>
              </label>
            );
          })}
        </fieldset>
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={chosen.length === 0}
            onClick={() =>
              void navigate('/plan/goals/new', { state: { skill: props.skill, entryIds: chosen } })
            }
          >
            {t('plan.recommend.newGoal')}
          </button>
          {goal ? (
            <button
              type="button"
              className="button"
              disabled={chosen.length === 0 || !hasRoom}
              onClick={addToGoal}
            >
              {t('plan.recommend.addToGoal', { goal: goal.what })}
            </button>
          ) : null}
        </div>
        {goal && !hasRoom ? (
          <p className="hint">
            {t('plan.recommend.noRoom', {
              goal: goal.what,
              held: goal.actions.length,
              max: MAX_ACTIONS_PER_GOAL,
            })}
          </p>
        ) : null}
        {added > 0 ? (
          <Notice tone="success">{t('plan.recommend.added', { count: added })}</Notice>
        ) : null}
      </article>
    </details>
  );
}

/** Priorities from the latest self-assessment and 360, weighted by what matters next, with a 70-20-10 mix. */
export function RecommendationsSection({ latestReview }: { latestReview: ReviewReport | null }) {
  const { t } = useTranslation();
  const catalog = useActiveCatalog();
  const importance = useAppStore((state) => state.plan.importance);
  const latest = useAppStore((state) => sortByNewest(state.assessments)[0]);
  // Read by hand: react-router's useSearchParams would add its helpers to the start-up bundle.
  const { search } = useLocation();
  const result = useMemo(
    () =>
      buildRecommendations({
        self: latest ? scoreAssessment(latest.answers, itemBank) : null,
        review: latestReview,
        importance,
        catalog,
      }),
    [latest, latestReview, importance, catalog],
  );

  const asked = new URLSearchParams(search).get('skill');
  // The skill a 360 report linked to opens, when it is among the priorities; else the first.
  const askedFor = result.bySkill.find((entry) => entry.skill === asked)?.skill;

  return (
    <section aria-labelledby="recommend-title">
      <h2 id="recommend-title">{t('plan.recommend.title')}</h2>
      {result.bySkill.length === 0 ? (
        <p>{t('plan.recommend.none')}</p>
      ) : (
        <>
          <p className="hint">{t('plan.recommend.hint')}</p>
          {result.bySkill.map(({ skill, recommendations }, position) => (
            <SkillRecommendations
              key={skill}
              isOpen={skill === askedFor || (askedFor === undefined && position === 0)}
              isAskedFor={skill === askedFor}
              skill={skill}
              recommendations={recommendations}
              catalog={catalog}
            />
          ))}
        </>
      )}
    </section>
  );
}
