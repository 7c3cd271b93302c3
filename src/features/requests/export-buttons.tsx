/**
 * "Export as CSV": the requests of the panel's scope under the current filters, or the distinct problems
 * behind them. The worker writes the file; the page only hands it to the browser as a download.
 */
import { DownloadButtons } from '../../ui/download-buttons';
import { useI18n } from '../../ui/i18n-context';

type Exported = 'requests' | 'problems';

export function ExportButtons(props: {
  /** Writes the CSV of `what` and names its file. */
  write: (what: Exported) => Promise<{ text: string; fileName: string }>;
}) {
  const { t } = useI18n();
  return (
    <DownloadButtons<Exported>
      label={t('export.title')}
      items={(['requests', 'problems'] as const).map((id) => ({ id, label: t(`export.${id}`) }))}
      failedText={t('export.failed')}
      write={async (what) => {
        const { text, fileName } = await props.write(what);
        return { blob: new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName };
      }}
    />
  );
}
