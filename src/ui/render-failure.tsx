/** The message an error boundary shows in place of a part of the dashboard that could not be drawn. */
import type { ReactNode } from 'react';
import { useI18n, type I18n } from './i18n-context';
import { ErrorBoundary } from './error-boundary';
import { ErrorNotice } from './status-notice';

/** The parts of the dashboard that fail on their own; `dashboard` is everything at once. */
export type DashboardPart = 'dashboard' | 'panel' | 'followUp' | 'map' | 'eservices';

/** An error's own words are for a technician: a line of them, not a page. */
const MAX_DETAIL = 300;

/** What went wrong, in the UI language where the app knows the cause. */
export function failureText(part: DashboardPart, error: Error, t: I18n['t']): string {
  // MapLibre throws this from its constructor when the browser gives it no WebGL2 context.
  if (error.name === 'GPUInitializationError') return t('boundary.noWebgl');
  const message = error.message.length > MAX_DETAIL ? `${error.message.slice(0, MAX_DETAIL - 1)}…` : error.message;
  return t(part === 'dashboard' ? 'boundary.message.dashboard' : 'boundary.message.part', { message });
}

/**
 * The message in place: it names the part that failed and offers to draw it again — or, for the whole
 * dashboard, to reload the page, since nothing of it is left to retry from.
 */
export function RenderFailure({ part, error, onRetry }: { part: DashboardPart; error: Error; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className={`render-failure render-failure--${part}`} data-testid={`render-failure-${part}`}>
      <ErrorNotice
        title={t(`boundary.${part}`)}
        message={failureText(part, error, t)}
        retryLabel={t(part === 'dashboard' ? 'boundary.reload' : 'boundary.retry')}
        onRetry={onRetry}
        testId="render-failure"
      />
    </div>
  );
}

/** A part of the dashboard that, when it throws, shows RenderFailure in its place and lets the rest work on. */
export function PartBoundary({
  part,
  resetKey,
  onError,
  children,
}: {
  part: Exclude<DashboardPart, 'dashboard'>;
  resetKey?: string;
  onError?: (error: Error | null) => void;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary
      resetKey={resetKey}
      onError={onError}
      fallback={(error, reset) => (
        <RenderFailure
          part={part}
          error={error}
          onRetry={() => {
            onError?.(null);
            reset();
          }}
        />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
