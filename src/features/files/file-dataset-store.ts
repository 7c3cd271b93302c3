/**
 * The dropped data set's life: restored from IndexedDB at start-up, replaced by a drop (sniffed, mapped in
 * the dialog, read by the file-import worker, stored), cleared by "back to the city's API". A store outside
 * React with two slices: the data set shown (the app switches its source on it) and the step under way
 * (only the file tools redraw at each progress message, not the dashboard).
 */
import { readAreaFiles } from '../../api/files/areas-reading';
import { matchColumns } from '../../api/files/column-match';
import { draftPlan, type ImportPlan, type PlanDraft } from '../../api/files/import-plan';
import type { StoredDataset } from '../../api/files/stored-dataset';
import type { DecodedRequests } from '../../domain/request-table-builder';
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

export interface DatasetShown {
  /** False until IndexedDB has been asked (a few milliseconds). */
  restored: boolean;
  dataset: StoredDataset | null;
}

export interface FileDatasetEvents {
  /** A data set was read and stored (the dashboard's period follows its days). */
  onLoaded: (dataset: StoredDataset) => void;
  onCleared: () => void;
}

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

export class FileDatasetStore {
  private shownValue: DatasetShown = { restored: false, dataset: null };
  private stepValue: FilesStep = { step: 'idle' };
  private readonly listeners = new Set<() => void>();
  private client: FileImportClient | null = null;
  /** The table just read from a file, kept for its first load (later loads read it from IndexedDB). */
  private fresh: { key: string; decoded: DecodedRequests } | null = null;

  constructor(private readonly events: FileDatasetEvents) {
    getDataset().then(
      (stored) => this.setShown({ restored: true, dataset: stored ?? null }),
      // A browser without IndexedDB (a private window of some) still shows the city's API.
      () => this.setShown({ restored: true, dataset: null }),
    );
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly shown = () => this.shownValue;
  readonly step = () => this.stepValue;

  private setShown(shown: DatasetShown) {
    this.shownValue = shown;
    this.listeners.forEach((l) => l());
  }

  private setStep(step: FilesStep) {
    this.stepValue = step;
    this.listeners.forEach((l) => l());
  }

  /** The worker starts with the first drop: a visitor who never drops a file never loads it. */
  private worker(): FileImportClient {
    return (this.client ??= new FileImportClient());
  }

  private async store(dataset: StoredDataset) {
    await putDataset(dataset);
    this.setStep({ step: 'idle' });
    this.setShown({ restored: true, dataset });
    this.events.onLoaded(dataset);
  }

  /** Files dropped or chosen: one of requests (CSV or GeoJSON points) and any polygon files beside it. */
  readonly open = async (files: File[]) => {
    if (files.length === 0) return;
    this.setStep({ step: 'reading', name: files.map((f) => f.name).join(', '), progress: null });
    try {
      const importer = this.worker();
      const samples = await Promise.all(files.map(async (file) => ({ file, sample: await importer.sniff(file) })));
      const tables = samples.filter((s): s is { file: File; sample: TableSample } => s.sample.kind === 'table');
      const areaFiles = samples.flatMap(({ file, sample }) =>
        sample.kind === 'areas' ? [{ name: file.name, features: sample.features }] : [],
      );
      const current = this.shownValue.dataset;
      if (tables.length === 0 && current && areaFiles.length > 0) {
        // Polygons alone, over a data set from a file: they become its districts.
        await this.store({
          ...current,
          fileNames: [current.fileNames[0]!, ...areaFiles.map((a) => a.name)],
          importedAt: Date.now(),
          areas: readAreaFiles(areaFiles.map((a) => a.features)),
        });
        return;
      }
      if (tables.length !== 1) {
        const key = tables.length ? 'files.error.twoRequests' : 'files.error.noRequests';
        this.setStep({ step: 'failed', message: { key } });
        return;
      }
      const { file, sample } = tables[0]!;
      const draft = draftPlan(matchColumns(sample.headers), sample.rows, browserTimeZone());
      this.setStep({ step: 'mapping', pending: { file, sample, draft, areaFiles } });
    } catch (error) {
      this.setStep(failure(error));
    }
  };

  /** The dialog answered: the whole file is read by the plan, stored, and shown. */
  readonly confirm = async (pending: PendingImport, plan: ImportPlan) => {
    const { file, sample, areaFiles } = pending;
    this.setStep({ step: 'reading', name: file.name, progress: null });
    try {
      const importedAt = Date.now();
      const tableKey = `t${importedAt}`;
      const { summary, decoded } = await this.worker().import(
        { file, format: sample.format, plan, encoding: sample.encoding, tableKey },
        (progress) => this.setStep({ step: 'reading', name: file.name, progress }),
      );
      this.fresh = { key: tableKey, decoded };
      if (summary.kept === 0) {
        const params = { rows: String(summary.rows) };
        this.setStep({ step: 'failed', message: { key: 'files.error.nothingKept', params } });
        return;
      }
      await this.store({
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
      this.setStep(failure(error));
    }
  };

  /** Back to the city's API: the stored data set is forgotten. */
  readonly clear = async () => {
    try {
      await clearDatasets();
    } finally {
      this.setStep({ step: 'idle' });
      this.setShown({ restored: true, dataset: null });
      this.events.onCleared();
    }
  };

  readonly dismiss = () => this.setStep({ step: 'idle' });

  /**
   * A stored table, for the file source: the one just read, once (its buffers then go to the request
   * worker), else read by the import worker, off the main thread.
   */
  readonly readTable = async (key: string): Promise<DecodedRequests | null> => {
    const fresh = this.fresh;
    this.fresh = null;
    if (fresh?.key === key) return fresh.decoded;
    return this.worker().readTable(key);
  };

  dispose() {
    this.client?.terminate();
    this.client = null;
  }
}
