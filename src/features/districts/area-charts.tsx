/**
 * The panel's charts. In Persian, time runs right to left and bars grow from the right: the axes are
 * mirrored rather than the SVG, so text stays readable.
 */
import { memo, useMemo } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Service } from '../../api/schemas';
import { ChartCard } from '../../ui/chart-card';
import { PlainTick, ScaleBars } from '../../ui/chart-parts';
import { sameRows, useStaggeredValue } from '../../ui/staggered-value';
import type { Format } from '../../ui/format';
import { useI18n, type I18n } from '../../ui/i18n-context';
import { useUiScale } from '../../ui/use-ui-scale';
import type { BinUnit } from '../../domain/time-bins';
import type { CountBy, ScopeFigures } from '../../workers/request-protocol';
import { binSeries, stageSeries, topCategories, type BinPoint } from './chart-series';

const BAR = '#1d91c0';
const AXIS = { fontSize: '0.75rem', fill: '#4a5056' };
const TICK = <PlainTick textStyle={AXIS} />;
/** Date labels under the time bars: about this many, whatever the period (counted, not measured). */
const BIN_LABELS = 3;

const BARS_MARGIN = { top: 0, right: 8, bottom: 0, left: 8 };

/**
 * Formatters and parts the charts are given, kept the same objects from one set of figures to the next:
 * recharts stores every axis setting and re-renders the chart when one of them is a new object.
 */
interface ChartText {
  number: (n: number) => string;
  date: (epochSeconds: number) => string;
  /** A time bar's title: its day or week and its count ("Week of 3 Aban: 1,234 requests"). */
  describeBin: (bin: BinPoint) => string;
}

function useChartText(format: Format, t: I18n['t'], countBy: CountBy, unit: BinUnit): ChartText {
  return useMemo(() => {
    const number = (n: number) => format.number(n);
    const describeBin = (bin: BinPoint) =>
      t(`chart.${unit}.bar.${countBy}`, { date: format.date(bin.start), count: number(bin.requests) });
    return { number, date: format.date, describeBin };
  }, [format, t, countBy, unit]);
}

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
  const { figures } = props;
  const text = useChartText(props.format, t, figures.countBy, figures.bins.unit);
  if (figures.requests === 0) return <p className="empty-note">{t('chart.empty')}</p>;
  // The count goes into each bar's label, beside the name: it reads the same in both directions. (A middle
  // dot would read as a Persian zero.)
  const labelled = (name: string, count: number) => ({ label: `${name} (${text.number(count)})`, requests: count });
  const categories = topCategories(figures, props.serviceCodes, props.services, language, 6);
  return (
    <div className="area-charts">
      <TimeBars
        title={t(`chart.${figures.bins.unit}.${figures.countBy}`)}
        bins={binSeries(figures)}
        text={text}
        rtl={rtl}
        scale={scale}
      />
      <HorizontalBars
        title={t('chart.topCategories')}
        bars={categories.map((c) => labelled(c.name, c.requests))}
        text={text}
        rtl={rtl}
        scale={scale}
      />
      <HorizontalBars
        title={t('chart.stages')}
        bars={stageSeries(figures).map((p) => labelled(t(`stage.${p.stage}`), p.requests))}
        text={text}
        rtl={rtl}
        scale={scale}
      />
    </div>
  );
});

// What the bars read off each row.
const startOf = (bin: BinPoint) => bin.start;
const requestsOf = (bar: { requests: number }) => bar.requests;
const labelOf = (bar: { label: string }) => bar.label;

interface ChartProps {
  title: string;
  text: ChartText;
  rtl: boolean;
  scale: number;
}

/** Requests per day or per week of the period. */
function TimeBars(props: ChartProps & { bins: BinPoint[] }) {
  const { text, rtl, scale } = props;
  const bins = useStaggeredValue(props.bins, sameRows);
  // Room above the plot for half the top tick's label, which grows with the type; one object per scale.
  const margin = useMemo(() => ({ top: 8 * scale, right: 28, bottom: 0, left: 28 }), [scale]);
  return (
    <ChartCard title={props.title} testId="chart-time">
      <ResponsiveContainer width="100%" height={140 * scale}>
        <BarChart data={bins} margin={margin}>
          <CartesianGrid vertical={false} stroke="#e3e5e8" />
          <XAxis
            dataKey="start"
            reversed={rtl}
            tickFormatter={text.date}
            tick={TICK}
            interval={Math.max(0, Math.ceil(bins.length / BIN_LABELS) - 1)}
          />
          <YAxis
            dataKey="requests"
            orientation={rtl ? 'right' : 'left'}
            tickFormatter={text.number}
            tick={TICK}
            interval={0}
            width={44 * scale}
          />
          <ScaleBars
            data={bins}
            category={startOf}
            value={requestsOf}
            layout="columns"
            fill={BAR}
            title={text.describeBin}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

function HorizontalBars(props: ChartProps & { bars: { label: string; requests: number }[] }) {
  const { text, rtl, scale } = props;
  const bars = useStaggeredValue(props.bars, sameRows);
  return (
    <ChartCard title={props.title}>
      <ResponsiveContainer width="100%" height={(bars.length * 30 + 12) * scale}>
        <BarChart data={bars} layout="vertical" margin={BARS_MARGIN}>
          <XAxis type="number" dataKey="requests" reversed={rtl} tickFormatter={text.number} tick={TICK} hide />
          <YAxis
            type="category"
            dataKey="label"
            orientation={rtl ? 'right' : 'left'}
            width={230 * scale}
            tick={TICK}
            interval={0}
          />
          <ScaleBars data={bars} category={labelOf} value={requestsOf} layout="rows" fill={BAR} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
