/**
 * The rollout on one time axis: a row per district with its target (a diamond) and its launch (a dot) or,
 * not live yet, today (a ring), against the city's deadline and today. Drawn at a fixed aspect in the
 * panel's width; time runs right to left in Persian. Like the other charts the SVG is laid out left to
 * right (styles.css) with each label in its own direction, so anchors are placed for either language.
 */
import type { DistrictRollout } from '../../domain/eservices/rollout';
import { useI18n } from '../../ui/i18n-context';
import { dayText } from './eservice-text';
import type { RolloutProps } from './rollout-block';
import { dayPosition, timelineSpan } from './timeline-scale';

const WIDTH = 340;
const ROW = 20;
const TOP = 18;
const BOTTOM = 18;
const LABELS = 78;
const COLOURS = { ok: '#1d6fa5', late: '#b2450b', axis: '#8a9096', text: '#3c4248' };

export function RolloutTimeline({ rollout, districtId, districtName, format, timeZone }: RolloutProps) {
  const { t, dir } = useI18n();
  const rtl = dir === 'rtl';
  const { districts, city, today } = rollout;
  const span = timelineSpan(districts, city.deadline, today);
  const plot = rtl ? { start: 8, end: WIDTH - LABELS } : { start: LABELS, end: WIDTH - 8 };
  const x = (day: string) => dayPosition(day, span, plot, rtl);
  const height = TOP + districts.length * ROW + BOTTOM;
  const bottom = TOP + districts.length * ROW;
  const marker = (day: string, label: string, dashed: boolean) => (
    <g>
      <line
        x1={x(day)}
        x2={x(day)}
        y1={TOP - 4}
        y2={bottom}
        stroke={COLOURS.axis}
        strokeDasharray={dashed ? '2 3' : undefined}
      />
      <text x={x(day)} y={TOP - 7} textAnchor="middle" fontSize={10} fill={COLOURS.text}>
        {label}
      </text>
    </g>
  );
  return (
    <figure className="eservices__timeline" data-testid="rollout-timeline">
      <figcaption>{t('rollout.timeline')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={t('rollout.timeline')}>
        {city.deadline ? marker(city.deadline, t('rollout.timeline.deadline'), false) : null}
        {marker(today, t('rollout.timeline.today'), true)}
        {districts.map((d, i) => (
          <TimelineRow
            key={d.districtId}
            district={d}
            y={TOP + i * ROW + ROW / 2}
            name={districtName(d.districtId)}
            selected={d.districtId === districtId}
            labelX={rtl ? WIDTH - 4 : 4}
            labelAnchor={rtl ? 'end' : 'start'}
            x={x}
            today={today}
          />
        ))}
        {/* The first and last days, each drawn inwards from its end so neither runs off the figure. */}
        <text x={x(span.first)} y={height - 4} textAnchor={rtl ? 'end' : 'start'} fontSize={9} fill={COLOURS.text}>
          {dayText(span.first, format, timeZone)}
        </text>
        <text x={x(span.last)} y={height - 4} textAnchor={rtl ? 'start' : 'end'} fontSize={9} fill={COLOURS.text}>
          {dayText(span.last, format, timeZone)}
        </text>
      </svg>
      <ul className="eservices__timeline-key">
        <li>
          <span className="eservices__key-dot" /> {t('rollout.timeline.launch')}
        </li>
        <li>
          <span className="eservices__key-diamond" /> {t('rollout.timeline.target')}
        </li>
        <li>
          <span className="eservices__key-late" /> {t('rollout.late')}
        </li>
      </ul>
    </figure>
  );
}

function TimelineRow(props: {
  district: DistrictRollout;
  y: number;
  name: string;
  selected: boolean;
  labelX: number;
  labelAnchor: 'start' | 'end';
  x: (day: string) => number;
  today: string;
}) {
  const { district: d, y, x } = props;
  const colour = d.late ? COLOURS.late : COLOURS.ok;
  const end = d.launchedAt ?? props.today;
  const target = x(d.targetDate);
  return (
    <g data-district-id={d.districtId}>
      <text
        x={props.labelX}
        y={y + 4}
        textAnchor={props.labelAnchor}
        fontSize={11}
        fontWeight={props.selected ? 700 : 400}
        fill={COLOURS.text}
      >
        {props.name}
      </text>
      <line
        x1={target}
        x2={x(end)}
        y1={y}
        y2={y}
        stroke={colour}
        strokeWidth={2}
        strokeDasharray={d.launchedAt ? undefined : '3 2'}
      />
      <path d={`M ${target} ${y - 5} l 5 5 l -5 5 l -5 -5 z`} fill="#ffffff" stroke={colour} strokeWidth={1.5} />
      {d.launchedAt ? (
        <circle cx={x(d.launchedAt)} cy={y} r={4} fill={colour} />
      ) : (
        <circle cx={x(props.today)} cy={y} r={3.5} fill="#ffffff" stroke={colour} strokeWidth={1.5} />
      )}
    </g>
  );
}
