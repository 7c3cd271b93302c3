export interface KpiTileProps {
  label: string;
  /** The raw number, for machines (data-value) and screen readers' tables. */
  value: number;
  /** The formatted number in the UI's language. */
  display: string;
  testId: string;
  tone?: 'neutral' | 'warning';
  note?: string;
}

export function KpiTile({ label, value, display, testId, tone = 'neutral', note }: KpiTileProps) {
  return (
    <div className={`kpi-tile kpi-tile--${tone}`} data-testid={testId} data-value={Number.isFinite(value) ? value : ''}>
      <span className="kpi-tile__label">{label}</span>
      <span className="kpi-tile__value">{display}</span>
      {note ? <span className="kpi-tile__note">{note}</span> : null}
    </div>
  );
}
