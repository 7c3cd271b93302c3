/**
 * A ranked list read across a room: each row a name, a bar for its share of the largest and the value as
 * text beside it, so nothing depends on reading a bar's length alone.
 */
export interface WallBar {
  key: string;
  name: string;
  value: number;
  text: string;
  /** A row to read as a warning (a score under target, a district past its deadline). */
  alert?: boolean;
}

export function WallBars({
  title,
  rows,
  max,
  testId,
}: {
  title: string;
  rows: WallBar[];
  max?: number;
  testId: string;
}) {
  const top = max ?? Math.max(1, ...rows.map((r) => r.value));
  return (
    <section className="wall-bars" data-testid={testId}>
      <h3>{title}</h3>
      <ol>
        {rows.map((row) => (
          <li key={row.key} className={row.alert ? 'wall-bars__row wall-bars__row--alert' : 'wall-bars__row'}>
            <span className="wall-bars__name">{row.name}</span>
            <span className="wall-bars__bar" aria-hidden="true">
              <span style={{ inlineSize: `${Math.max(0, Math.min(1, row.value / top)) * 100}%` }} />
            </span>
            <span className="wall-bars__value">{row.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
