/**
 * "Export as CSV": the requests of the panel's scope under the current filters, or the distinct problems
 * behind them. The worker writes the file; the page only hands it to the browser as a download.
 */
import { useState } from 'react';
import { useI18n } from '../../ui/i18n-context';

export function ExportButtons(props: {
  /** Writes the CSV of `what` and names its file. */
  write: (what: 'requests' | 'problems') => Promise<{ text: string; fileName: string }>;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<'requests' | 'problems' | null>(null);
  const [failed, setFailed] = useState(false);
  const download = async (what: 'requests' | 'problems') => {
    setBusy(what);
    setFailed(false);
    try {
      const { text, fileName } = await props.write(what);
      const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      // The download has the blob by the time the click returns; the URL is freed a moment later.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={t('export.title')}>
      <span>{t('export.title')}:</span>
      {(['requests', 'problems'] as const).map((what) => (
        <button
          key={what}
          type="button"
          className="link-button"
          data-testid={`export-${what}`}
          disabled={busy !== null}
          onClick={() => void download(what)}
        >
          {t(`export.${what}`)}
        </button>
      ))}
      {failed ? <span role="alert">{t('export.failed')}</span> : null}
    </div>
  );
}
