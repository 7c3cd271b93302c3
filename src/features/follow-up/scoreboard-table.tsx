/**
 * Scores of districts or responsible units, actual against target in the manner of Boston's CityScore
 * (1.0 = on target). Each row opens to the inputs of its score, so no figure is taken on trust.
 */
import type { AreaScore, MetricScore } from '../../domain/scoreboard';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';

export function ScoreboardTable(props: {
  title: string;
  testId: string;
  scores: AreaScore[];
  nameOf: (area: number) => string;
  format: Format;
}) {
  const { t } = useI18n();
  const { format } = props;
  const rows = props.scores.filter((s) => !s.noData).sort((a, b) => b.score - a.score || (a.area ?? 0) - (b.area ?? 0));
  return (
    <section className="follow-up__block">
      <h3>{props.title}</h3>
      <p className="follow-up__note">{t('score.explain')}</p>
      <ol className="score-list" data-testid={props.testId}>
        {rows.map((row) => (
          <li key={row.area}>
            <details>
              <summary>
                <span>{props.nameOf(row.area ?? 0)}</span>
                <span className={`score score--${row.score >= 1 ? 'met' : 'missed'}`} data-score={row.score}>
                  {format.number(row.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                </span>
              </summary>
              <ul className="score-inputs">
                {row.metrics.map((m) => (
                  <li key={m.metric}>
                    <strong>{t(`score.metric.${m.metric}`)}</strong>: {metricText(m, format, t)}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}

function metricText(m: MetricScore, format: Format, t: ReturnType<typeof useI18n>['t']): string {
  if (m.noData) return t('score.noData');
  const value = (x: number) =>
    m.metric === 'resolve_time' ? format.duration(x) : format.number(x, { style: 'percent', maximumFractionDigits: 1 });
  return t('score.inputs', {
    actual: value(m.actual),
    target: value(m.target),
    score: format.number(m.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    count: format.number(m.count),
  });
}
