/**
 * Who keeps the plan, in the manner of the request scoreboards: by district and by contractor, the share of
 * completions on time and the km built against the km due by now. Each row opens to its inputs: the counts
 * and the ids of the segments behind them.
 */
import { memo, useState } from 'react';
import type { AccountabilityScore } from '../../domain/fiber/accountability';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';

/** Memoised: a playback frame re-renders the block, never the scores (they are of now). */
export const FiberScores = memo(function FiberScores(props: {
  title: string;
  testId: string;
  scores: AccountabilityScore[];
  nameOf: (index: number) => string;
  format: Format;
  /** Said instead of an empty list. */
  emptyNote: string;
}) {
  const { t } = useI18n();
  const { format } = props;
  const km = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  // Rows with something to score, the least on time first (as a manager reads a list of who is late).
  const rows = props.scores
    .map((score, index) => ({ score, index }))
    .filter(({ score }) => score.onTime.completed > 0 || score.plan.dueIds.length > 0 || score.plan.builtKm > 0)
    .sort((a, b) => (a.score.onTime.share ?? 2) - (b.score.onTime.share ?? 2) || a.index - b.index);
  const percent = (share: number | null) =>
    share === null ? '—' : format.number(share, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <section className="follow-up__block">
      <h3>{props.title}</h3>
      {rows.length === 0 ? <p className="follow-up__note">{props.emptyNote}</p> : null}
      <ol className="score-list" data-testid={props.testId}>
        {rows.map(({ score, index }) => (
          <li key={index} data-completed={score.onTime.completed} data-on-time={score.onTime.onTime}>
            <details>
              <summary>
                <span>{props.nameOf(index)}</span>
                <span className="fiber-score">
                  <span className="score" data-share={score.onTime.share ?? ''}>
                    <bdi>{percent(score.onTime.share)}</bdi>
                  </span>
                  <bdi>{t('fiber.scores.plan', { built: km(score.plan.builtKm), due: km(score.plan.dueKm) })}</bdi>
                </span>
              </summary>
              <ScoreInputs score={score} format={format} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
});

function ScoreInputs({ score, format }: { score: AccountabilityScore; format: Format }) {
  const { t } = useI18n();
  const { onTime, plan } = score;
  const km = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  const count = (n: number) => ({ count: format.number(n) });
  return (
    <div className="score-inputs">
      <p>
        {onTime.completed === 0
          ? t('fiber.scores.noCompletion')
          : t('fiber.scores.onTime', {
              onTime: format.number(onTime.onTime),
              completed: format.number(onTime.completed),
            })}
        {' · '}
        {plan.dueIds.length === 0
          ? t('fiber.scores.nothingDue')
          : t('fiber.scores.plan', { built: km(plan.builtKm), due: km(plan.dueKm) })}
      </p>
      <IdList label={t('fiber.scores.lateIds', count(onTime.lateIds.length))} ids={onTime.lateIds} />
      <IdList label={t('fiber.scores.onTimeIds', count(onTime.onTimeIds.length))} ids={onTime.onTimeIds} />
      <IdList label={t('fiber.scores.dueIds', count(plan.dueIds.length))} ids={plan.dueIds} />
      <IdList label={t('fiber.scores.builtIds', count(plan.builtIds.length))} ids={plan.builtIds} />
    </div>
  );
}

/**
 * Segment ids as plain text, each isolated so a Persian line keeps Latin ids in order. Written out only
 * once opened: a contractor of a large network has thousands.
 */
function IdList({ label, ids }: { label: string; ids: string[] }) {
  const [open, setOpen] = useState(false);
  if (ids.length === 0) return null;
  return (
    <details className="fiber-ids" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{label}</summary>
      {open ? (
        <p>
          {ids.map((id, k) => (
            <bdi key={id}>
              {id}
              {k < ids.length - 1 ? ' ' : ''}
            </bdi>
          ))}
        </p>
      ) : null}
    </details>
  );
}
