/**
 * The rollout's burn-up: cumulative km planned (by `planned_end`) against km built (by `completed_at`), the
 * built line ending at the instant the map shows. In Persian time runs right to left: the axes are mirrored,
 * not the SVG, so text stays readable. Drawn without animation: a playback redraws it once a day of the
 * rollout.
 */
import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { BurnUpSeries } from '../../domain/fiber/burn-up';
import { SEGMENT_COLOURS } from '../../map/palette';
import { ChartCard } from '../../ui/chart-card';
import { ChartFrame } from '../../ui/chart-frame';
import { PlainTick } from '../../ui/chart-parts';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { useUiScale } from '../../ui/use-ui-scale';

const AXIS = { fontSize: '0.75rem', fill: '#4a5056' };
const TICK = <PlainTick textStyle={AXIS} />;
// A number's anchor at the axis's far side is its left end: in a right-to-left page `start` would be its
// right end, and the km would be drawn over the axis.
const KM_TICK = <PlainTick textStyle={{ ...AXIS, direction: 'ltr' }} />;
/** Dates under the chart: about this many. */
const DATE_TICKS = 3;
const DOMAIN = ['dataMin', 'dataMax'] as const;

interface Row {
  at: number;
  planned: number;
  /** Null after the instant: the built line stops there. */
  built: number | null;
}

export const BurnUpChart = memo(function BurnUpChart({ series, format }: { series: BurnUpSeries; format: Format }) {
  const { t, dir } = useI18n();
  const scale = useUiScale();
  const rtl = dir === 'rtl';
  const rows = useMemo<Row[]>(
    () =>
      series.at.map((at, k) => ({
        at,
        planned: series.plannedKm[k]!,
        built: Number.isNaN(series.builtKm[k]!) ? null : series.builtKm[k]!,
      })),
    [series],
  );
  const ticks = useMemo(() => dateTicks(series.at), [series.at]);
  // Room at both ends for half of the first and last dates, which grow with the type.
  const margin = useMemo(() => ({ top: 8 * scale, right: 36 * scale, bottom: 0, left: 36 * scale }), [scale]);
  const at = series.at[series.untilIndex]!;
  const built = series.builtKm[series.untilIndex]!;
  const km = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  return (
    <ChartCard title={t('fiber.chart.title')} testId="fiber-burn-up">
      <p className="fiber-chart__at" data-testid="fiber-burn-up-at" data-at={at} data-built-km={built}>
        {t('fiber.chart.at', {
          date: format.date(at),
          built: km(built),
          planned: km(series.plannedKm[series.untilIndex]!),
        })}
      </p>
      <ChartFrame height={150 * scale}>
        <LineChart data={rows} margin={margin}>
          <CartesianGrid vertical={false} stroke="#e3e5e8" />
          <XAxis
            dataKey="at"
            type="number"
            domain={DOMAIN}
            ticks={ticks}
            reversed={rtl}
            tickFormatter={format.date}
            tick={TICK}
            height={28 * scale}
          />
          <YAxis orientation={rtl ? 'right' : 'left'} tickFormatter={km} tick={KM_TICK} width={40 * scale} />
          <ReferenceLine x={at} stroke="#4a5056" strokeDasharray="2 2" />
          <Line
            dataKey="planned"
            name={t('fiber.chart.planned')}
            stroke={SEGMENT_COLOURS.planned}
            strokeDasharray="4 3"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="built"
            name={t('fiber.chart.built')}
            stroke={SEGMENT_COLOURS.completed}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ChartFrame>
      <ul className="fiber-chart__key">
        <li>
          <span className="legend__swatch legend__swatch--dashed" style={{ background: SEGMENT_COLOURS.planned }} />
          {t('fiber.chart.planned')}
        </li>
        <li>
          <span className="legend__swatch" style={{ background: SEGMENT_COLOURS.completed }} />
          {t('fiber.chart.built')}
        </li>
      </ul>
    </ChartCard>
  );
});

/** About DATE_TICKS of the series' instants, evenly spaced, the first and the last among them. */
function dateTicks(at: number[]): number[] {
  if (at.length <= DATE_TICKS) return at;
  return Array.from({ length: DATE_TICKS }, (_, k) => at[Math.round((k * (at.length - 1)) / (DATE_TICKS - 1))]!);
}
