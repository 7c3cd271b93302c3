/**
 * The dropped data set's life: restored from IndexedDB at start-up, replaced by a drop (sniffed, mapped in
 * the dialog, read by the file-import worker, stored), cleared by "back to the city's API". The steps in
 * between are one state, so the UI shows exactly one of them.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { readAreaFiles } from '../../api/files/areas-reading';
import { matchColumns } from '../../api/files/column-match';
import { draftPlan, type ImportPlan, type PlanDraft } from '../../api/files/import-plan';
import type { StoredDataset } from '../../api/files/stored-dataset';
import type { MessageKey } from '../../i18n/translate';
import { clearDatasets, getDataset, putDataset } from '../../workers/dataset-store';
import { FileImportClient } from '../../workers/file-import-client';
import type { FileSample, ImportProgress } from '../../workers/file-import-protocol';

type TableSample = Extract<FileSample, { kind: 'table' }>;

/** A drop waiting for the user's answer in the mapping dialog. */
export interface PendingImport {
  file: File;
  sample: TableSample;
  draft: PlanDraft;
  /** The dropped polygon files, by name. */
  areaFiles: { name: string; features: unknown[] }[];
}

export type FilesStep =
  | { step: 'idle' }
  | { step: 'reading'; name: string; progress: ImportProgress | null }
  | { step: 'mapping'; pending: PendingImport }
  | { step: 'failed'; message: { key: MessageKey; params?: Record<string, string> } | { text: string } };

/** The zone the browser runs in: the dialog's first choice for a file's times. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Jalali dates, or a city on Iran's clock, read in the Persian calendar's periods. */
function calendarOf(plan: ImportPlan): StoredDataset['calendar'] {
  const jalali = Object.values(plan.dateFormats).includes('jalali');
  return jalali || plan.timeZone === 'Asia/Tehran' ? 'persian' : 'gregorian';
}

const failure = (error: unknown): FilesStep => ({
  step: 'failed',
  message: { text: error instanceof Error ? error.message : String(error) },
});

export interface FileDatasetOptions {
  /** A data set was read: its time range (epoch seconds) and zone, for the dashboard's period. */
  onLoaded: (dataset: StoredDataset) => void;
  onCleared: () => void;
}

export function useFileDataset({ onLoaded, onCleared }: FileDatasetOptions) {
  const [dataset, setDataset] = useState<StoredDataset | null>(null);
  const [restored, setRestored] = useState(false);
  const [state, setState] = useState<FilesStep>({ step: 'idle' });
  const client = useRef<FileImportClient | null>(null);

  useEffect(() => {
    let current = true;
    getDataset().then(
      (stored) => current && (setDataset(stored ?? null), setRestored(true)),
      // A browser without IndexedDB (a private window of some) still shows the city's API.
      () => current && setRestored(true),
    );
    return () => {
      current = false;
    };
  }, []);
  useEffect(() => () => client.current?.terminate(), []);

  /** The worker starts with the first drop: a visitor who never drops a file never loads it. */
  const worker = useCallback(() => (client.current ??= new FileImportClient()), []);

  const store = useCallback(
    async (next: StoredDataset) => {
      await putDataset(next);
      setDataset(next);
      setState({ step: 'idle' });
      onLoaded(next);
    },
    [onLoaded],
  );

  const open = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setState({ step: 'reading', name: files.map((f) => f.name).join(', '), progress: null });
      try {
        const importer = worker();
        const samples = await Promise.all(files.map(async (file) => ({ file, sample: await importer.sniff(file) })));
        const tables = samples.filter((s): s is { file: File; sample: TableSample } => s.sample.kind === 'table');
        const areaFiles = samples.flatMap(({ file, sample }) =>
          sample.kind === 'areas' ? [{ name: file.name, features: sample.features }] : [],
        );
        if (tables.length === 0 && dataset && areaFiles.length > 0) {
          // Polygons alone, over a data set from a file: they become its districts.
          await store({
            ...dataset,
            fileNames: [dataset.fileNames[0]!, ...areaFiles.map((a) => a.name)],
            importedAt: Date.now(),
            areas: readAreaFiles(areaFiles.map((a) => a.features)),
          });
          return;
        }
        if (tables.length !== 1) {
          setState({
            step: 'failed',
            message: { key: tables.length ? 'files.error.twoRequests' : 'files.error.noRequests' },
          });
          return;
        }
        const { file, sample } = tables[0]!;
        const draft = draftPlan(matchColumns(sample.headers), sample.rows, browserTimeZone());
        setState({ step: 'mapping', pending: { file, sample, draft, areaFiles } });
      } catch (error) {
        setState(failure(error));
      }
    },
    [dataset, store, worker],
  );

  const confirm = useCallback(
    async (pending: PendingImport, plan: ImportPlan) => {
      const { file, sample, areaFiles } = pending;
      setState({ step: 'reading', name: file.name, progress: null });
      try {
        const importedAt = Date.now();
        const tableKey = `t${importedAt}`;
        const summary = await worker().import(
          { file, format: sample.format, plan, encoding: sample.encoding, tableKey },
          (progress) => setState({ step: 'reading', name: file.name, progress }),
        );
        if (summary.kept === 0) {
          setState({
            step: 'failed',
            message: { key: 'files.error.nothingKept', params: { rows: String(summary.rows) } },
          });
          return;
        }
        await store({
          fileNames: [file.name, ...areaFiles.map((a) => a.name)],
          importedAt,
          tableKey,
          timeZone: plan.timeZone,
          calendar: calendarOf(plan),
          services: summary.services,
          areas: areaFiles.length > 0 ? readAreaFiles(areaFiles.map((a) => a.features)) : null,
          bbox: summary.bbox,
          range: summary.range,
          rows: summary.rows,
        });
      } catch (error) {
        setState(failure(error));
      }
    },
    [store, worker],
  );

  const clear = useCallback(async () => {
    try {
      await clearDatasets();
    } finally {
      setDataset(null);
      setState({ step: 'idle' });
      onCleared();
    }
  }, [onCleared]);

  const dismiss = useCallback(() => setState({ step: 'idle' }), []);

  return { dataset, restored, state, open, confirm, clear, dismiss };
}

export type FileDataset = ReturnType<typeof useFileDataset>;
