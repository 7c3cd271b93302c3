/** Loading and failure states: a progress bar while data loads, a message that says what failed. */
export function LoadingNotice({ label }: { label: string }) {
  return (
    <div className="status-notice" role="status" data-testid="loading">
      <span>{label}</span>
      <progress aria-label={label} />
    </div>
  );
}

export function ErrorNotice({
  title,
  message,
  retryLabel,
  onRetry,
  busy = false,
  testId = 'api-error',
}: {
  title: string;
  message: string;
  retryLabel: string;
  onRetry: () => void;
  /**
   * A retry is under way: a progress bar shows it. The button stays live: a click starts the load again,
   * cancelling one that hangs.
   */
  busy?: boolean;
  /** The data failed (`api-error`), or a part of the page could not be drawn (`render-failure`). */
  testId?: 'api-error' | 'render-failure';
}) {
  return (
    <div className="status-notice status-notice--error" role="alert" data-testid={testId}>
      <strong>{title}</strong>
      <p>{message}</p>
      <button type="button" data-testid="retry" onClick={onRetry}>
        {retryLabel}
      </button>
      {/* Always laid out, shown while busy: the notice does not jump at each automatic try. */}
      <progress aria-label={retryLabel} className={busy ? undefined : 'status-notice__idle'} aria-hidden={!busy} />
    </div>
  );
}

/**
 * The data on screen is the last that could be read: since when, why the newer could not, and that it is
 * tried again by itself. Quiet (a status, not an alert): the figures below it are still good to read.
 */
export function StaleNotice({
  title,
  lines,
  retryLabel,
  onRetry,
}: {
  title: string;
  lines: string[];
  retryLabel: string;
  onRetry: () => void;
}) {
  return (
    <div className="status-notice status-notice--stale" role="status" data-testid="stale-data">
      <strong>{title}</strong>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <button type="button" data-testid="stale-retry" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
