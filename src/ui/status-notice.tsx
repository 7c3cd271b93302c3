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
  /** A retry is under way: the button waits and a progress bar shows it. */
  busy?: boolean;
  /** The data failed (`api-error`), or a part of the page could not be drawn (`render-failure`). */
  testId?: 'api-error' | 'render-failure';
}) {
  return (
    <div className="status-notice status-notice--error" role="alert" data-testid={testId}>
      <strong>{title}</strong>
      <p>{message}</p>
      <button type="button" data-testid="retry" onClick={onRetry} disabled={busy}>
        {retryLabel}
      </button>
      {busy ? <progress aria-label={retryLabel} /> : null}
    </div>
  );
}
