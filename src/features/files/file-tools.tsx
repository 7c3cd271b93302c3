/**
 * Files in the top bar: which data set is shown (the file's name) with the way back to the city's API, or
 * the button to open a file; the whole page as a drop zone; the mapping dialog; the reading's progress; and
 * what went wrong, if anything did.
 */
import { useRef } from 'react';
import { useI18n } from '../../ui/i18n-context';
import { makeFormat } from '../../ui/format';
import { isolatedName } from './file-name';
import { MappingDialog } from './mapping-dialog';
import type { FileDatasetStore } from './file-dataset-store';
import { useDatasetShown, useFilesStep } from './use-file-dataset';
import { useFileDrop } from './use-file-drop';
import './files.css';

/** What the file button offers; any other file is sniffed too (a CSV is often named .txt). */
const ACCEPT = '.csv,.tsv,.txt,.geojson,.json,text/csv,application/geo+json,application/json';

export function FileTools({ files }: { files: FileDatasetStore }) {
  const { t, language } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const dragging = useFileDrop(files.open);
  const { dataset } = useDatasetShown(files);
  const state = useFilesStep(files);
  const format = makeFormat(language, 'UTC');

  return (
    <div className="file-tools">
      {dataset ? (
        <span className="file-tools__shown" data-testid="dataset-shown" title={dataset.fileNames.join('\n')}>
          <span className="file-tools__name" data-testid="dataset-name">
            {t('files.shown', { name: isolatedName(dataset.fileNames[0] ?? '') })}
          </span>
          {dataset.areas ? null : <span className="file-tools__note">{t('files.extentOnly')}</span>}
          <button type="button" className="link-button" data-testid="dataset-clear" onClick={() => void files.clear()}>
            {t('files.back')}
          </button>
        </span>
      ) : null}
      <button
        type="button"
        className="file-tools__open"
        data-testid="file-open"
        title={t('files.openHint')}
        onClick={() => input.current?.click()}
      >
        {t('files.open')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="file-input"
        onChange={(event) => {
          const chosen = [...(event.target.files ?? [])];
          // The same file chosen again must fire again.
          event.target.value = '';
          void files.open(chosen);
        }}
      />
      {dragging ? (
        <div className="drop-zone" data-testid="drop-zone">
          <div className="drop-zone__card">
            <strong>{t('files.dropTitle')}</strong>
            <span>{t('files.dropHint')}</span>
          </div>
        </div>
      ) : null}
      {state.step === 'reading' ? (
        <div className="file-progress status-notice" role="status" data-testid="file-progress">
          <span>{t('files.reading', { name: isolatedName(state.name) })}</span>
          {state.progress ? (
            <>
              <progress value={state.progress.bytes} max={state.progress.total} />
              <span>
                {t('files.progress', {
                  rows: format.number(state.progress.rows),
                  percent: format.number(state.progress.bytes / Math.max(1, state.progress.total), {
                    style: 'percent',
                  }),
                })}
              </span>
            </>
          ) : (
            <progress />
          )}
        </div>
      ) : null}
      {state.step === 'failed' ? (
        <div className="file-progress status-notice status-notice--error" role="alert" data-testid="file-error">
          <strong>{t('files.error.title')}</strong>
          <p dir="auto">{'text' in state.message ? state.message.text : t(state.message.key, state.message.params)}</p>
          <button type="button" onClick={files.dismiss}>
            {t('files.error.dismiss')}
          </button>
        </div>
      ) : null}
      {state.step === 'mapping' ? (
        <MappingDialog
          key={state.pending.file.name}
          pending={state.pending}
          onConfirm={(plan) => void files.confirm(state.pending, plan)}
          onCancel={files.dismiss}
        />
      ) : null}
    </div>
  );
}
