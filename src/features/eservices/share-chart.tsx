/**
 * The scope's online share month by month, against the city's target share when it gives one. In Persian
 * time runs right to left: the axes are mirrored rather than the SVG, so text stays readable. Each point's
 * exact figure and the days its month covers are its SVG title.
 */
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { CityTrend, MonthShare } from '../../domain/eservices/district-shares';
import { ChartCard } from '../../ui/chart-card';
import { ChartFrame } from '../../ui/chart-frame';
import { PlainTick } from '../../ui/chart-parts';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { useUiScale } from '../../ui/use-ui-scale';
import { monthDays, monthText, PERCENT } from './eservice-text';

const LINE = '#6a51a3';
const TARGET = '#b2450b';
const AXIS = { fontSize: '0.75rem', fill: '#4a5056' };
const TICK = <PlainTick textStyle={AXIS} />;
const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];
/** Month labels under the line: about this many, whatever the period. */
const MONTH_LABELS = 4;

interface Point {
  month: string;
  share: number | null;
  title: string;
}

export function ShareChart({ monthly, format, timeZone }: { monthly: CityTrend; format: Format; timeZone: string }) {
  const { t, dir } = useI18n();
  const scale = useUiScale();
  const rtl = dir === 'rtl';
  const points = useMemo(
    () => monthly.months.map((m) => ({ month: m.month, share: m.share, title: pointTitle(m, format, timeZone, t) })),
    [monthly, format, timeZone, t],
  );
  const text = useMemo(
    () => ({
      month: (month: string) => monthText(month, format, timeZone),
      percent: (share: number) => format.number(share, PERCENT),
    }),
    [format, timeZone],
  );
  // Room at both ends for half a month's label, which is centred on the first and the last point.
  const margin = useMemo(() => ({ top: 10 * scale, right: 30 * scale, bottom: 0, left: 30 * scale }), [scale]);
  const target = monthly.target;
  return (
    <ChartCard title={t('eservices.chart')} testId="eservices-chart">
      <ChartFrame height={150 * scale}>
        <LineChart data={points} margin={margin}>
          <CartesianGrid vertical={false} stroke="#e3e5e8" />
          <XAxis
            dataKey="month"
            reversed={rtl}
            tickFormatter={text.month}
            tick={TICK}
            tickMargin={4 * scale}
            interval={Math.max(0, Math.ceil(points.length / MONTH_LABELS) - 1)}
          />
          <YAxis
            domain={[0, 1]}
            ticks={SHARE_TICKS}
            orientation={rtl ? 'right' : 'left'}
            tickFormatter={text.percent}
            tick={TICK}
            width={44 * scale}
          />
          {target ? (
            <ReferenceLine
              y={target.share}
              stroke={TARGET}
              strokeDasharray="5 4"
              label={
                <TargetLabel text={t('eservices.chart.target', { share: text.percent(target.share) })} rtl={rtl} />
              }
            />
          ) : null}
          <Line
            dataKey="share"
            stroke={LINE}
            strokeWidth={2 * scale}
            isAnimationActive={false}
            dot={(dot: { cx?: number; cy?: number; index?: number; payload?: Point }) => (
              <circle key={dot.index} cx={dot.cx} cy={dot.cy} r={3 * scale} fill={LINE}>
                <title>{dot.payload?.title}</title>
              </circle>
            )}
          />
        </LineChart>
      </ChartFrame>
    </ChartCard>
  );
}

function pointTitle(m: MonthShare, format: Format, timeZone: string, t: ReturnType<typeof useI18n>['t']): string {
  const month = monthText(m.month, format, timeZone);
  if (m.share === null) return t('eservices.chart.monthNone', { month });
  return t('eservices.chart.month', {
    month,
    ...monthDays(m.month, format, timeZone),
    share: format.number(m.share, PERCENT),
  });
}

/**
 * The target line's label, above the line at the oldest month's end of the plot, running inwards from it
 * (the SVG is laid out left to right in either language, see styles.css).
 */
function TargetLabel(props: { text: string; rtl: boolean; viewBox?: { x?: number; y?: number; width?: number } }) {
  const { x = 0, y = 0, width = 0 } = props.viewBox ?? {};
  return (
    <text
      x={props.rtl ? x + width - 4 : x + 4}
      y={y - 4}
      textAnchor={props.rtl ? 'end' : 'start'}
      fill={TARGET}
      style={{ fontSize: AXIS.fontSize }}
    >
      {props.text}
    </text>
  );
}
