/**
 * The panel's charts. In Persian, time runs right to left and bars grow from the right: the axes are
 * mirrored rather than the SVG, so text stays readable.
 */
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Service } from '../../api/schemas';
import { ChartCard } from '../../ui/chart-card';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { useUiScale } from '../../ui/use-ui-scale';
import type { ScopeFigures } from '../../workers/request-protocol';
import { stageSeries, topCategories, weeklySeries } from './chart-series';

const BAR = '#1d91c0';
const AXIS = { fontSize: '0.75rem', fill: '#4a5056' };

/** Memoised: a filter change re-renders the dashboard long before its figures arrive. */
export const AreaCharts = memo(function AreaCharts(props: {
  figures: ScopeFigures;
  serviceCodes: string[];
  services: Service[];
  format: Format;
}) {
  const { t, language, dir } = useI18n();
  const scale = useUiScale();
  const rtl = dir === 'rtl';
  const { figures, format } = props;
  if (figures.requests === 0) return <p className="empty-note">{t('chart.empty')}</p>;
  const weeks = weeklySeries(figures);
  const categories = topCategories(figures, props.serviceCodes, props.services, language, 6);
  const stages = stageSeries(figures).map((p) => ({ ...p, label: t(`stage.${p.stage}`) }));
  const number = (n: number) => format.number(n);
  const unit = t(`kpi.total.${figures.countBy}`);
  const tooltipStyle = { direction: dir, fontFamily: 'inherit' } as const;
  return (
    <div className="area-charts">
      <ChartCard title={t(`chart.weekly.${figures.countBy}`)} testId="chart-weekly">
        <ResponsiveContainer width="100%" height={140 * scale}>
          <BarChart data={weeks} margin={{ top: 4, right: 28, bottom: 0, left: 28 }}>
            <CartesianGrid vertical={false} stroke="#e3e5e8" />
            <XAxis
              dataKey="weekStart"
              reversed={rtl}
              tickFormatter={(s: number) => format.date(s)}
              tick={AXIS}
              minTickGap={24}
            />
            <YAxis orientation={rtl ? 'right' : 'left'} tickFormatter={number} tick={AXIS} width={44 * scale} />
            <Tooltip
              contentStyle={tooltipStyle}
              labelFormatter={(s) => format.date(Number(s))}
              formatter={(v) => [number(Number(v)), unit]}
            />
            <Bar dataKey="requests" fill={BAR} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <HorizontalBars
        title={t('chart.topCategories')}
        data={categories.map((c) => ({ label: c.name, requests: c.requests }))}
        unit={unit}
        rtl={rtl}
        number={number}
        scale={scale}
      />
      <HorizontalBars title={t('chart.stages')} data={stages} unit={unit} rtl={rtl} number={number} scale={scale} />
    </div>
  );
});

function HorizontalBars(props: {
  title: string;
  data: { label: string; requests: number }[];
  /** Name of the counted unit, for the tooltip. */
  unit: string;
  rtl: boolean;
  number: (n: number) => string;
  scale: number;
}) {
  const { dir } = useI18n();
  // The count goes into the label, beside the name: it reads the same in both directions. (A middle dot
  // would read as a Persian zero.)
  const labelled = props.data.map((d) => ({ ...d, label: `${d.label} (${props.number(d.requests)})` }));
  return (
    <ChartCard title={props.title}>
      <ResponsiveContainer width="100%" height={(props.data.length * 30 + 12) * props.scale}>
        <BarChart data={labelled} layout="vertical" margin={{ top: 0, right: 8, bottom: 0, left: 8 }}>
          <XAxis type="number" reversed={props.rtl} tickFormatter={props.number} tick={AXIS} hide />
          <YAxis
            type="category"
            dataKey="label"
            orientation={props.rtl ? 'right' : 'left'}
            width={230 * props.scale}
            tick={AXIS}
            interval={0}
          />
          <Tooltip
            contentStyle={{ direction: dir, fontFamily: 'inherit' }}
            formatter={(v) => [props.number(Number(v)), props.unit]}
          />
          <Bar dataKey="requests" fill={BAR} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
