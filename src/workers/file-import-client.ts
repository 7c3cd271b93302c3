/** The page's side of the file-import worker: a promise per file or table, progress through a callback. */
import type { ImportPlan } from '../api/files/import-plan';
import type { DecodedRequests } from '../domain/request-table-builder';
import type {
  FileSample,
  FromImportWorker,
  ImportProgress,
  Imported,
  TableFormat,
  TextEncoding,
  ToImportWorker,
} from './file-import-protocol';

type Unsent<T> = T extends unknown ? Omit<T, 'id'> : never;

export class FileImportClient {
  private readonly worker = new Worker(new URL('./file-import.worker.ts', import.meta.url), { type: 'module' });
  private nextId = 1;

  private call(message: Unsent<ToImportWorker>, onProgress?: (p: ImportProgress) => void): Promise<FromImportWorker> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const settle = () => {
        this.worker.removeEventListener('message', onMessage);
        this.worker.removeEventListener('error', onError);
      };
      const onMessage = (event: MessageEvent<FromImportWorker>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.type === 'progress') {
          onProgress?.(reply);
          return;
        }
        settle();
        if (reply.type === 'error') reject(new Error(reply.message));
        else resolve(reply);
      };
      const onError = (event: ErrorEvent) => {
        settle();
        reject(new Error(event.message || 'file import failed'));
      };
      this.worker.addEventListener('message', onMessage);
      this.worker.addEventListener('error', onError);
      this.worker.postMessage({ ...message, id });
    });
  }

  /** The file's header and first rows (a table), or its polygons (areas). */
  async sniff(file: File): Promise<FileSample> {
    const reply = await this.call({ type: 'sniff', file });
    if (reply.type !== 'sniffed') throw new Error(`unexpected answer ${reply.type}`);
    return reply.sample;
  }

  /** Reads the whole file by the plan and stores its table under `tableKey`; the table comes back too. */
  async import(
    input: { file: File; format: TableFormat; plan: ImportPlan; encoding: TextEncoding; tableKey: string },
    onProgress: (progress: ImportProgress) => void,
  ): Promise<Pick<Imported, 'summary' | 'decoded'>> {
    const reply = await this.call({ type: 'import', ...input }, onProgress);
    if (reply.type !== 'imported') throw new Error(`unexpected answer ${reply.type}`);
    return reply;
  }

  /** The table stored under `tableKey`, or null. */
  async readTable(tableKey: string): Promise<DecodedRequests | null> {
    const reply = await this.call({ type: 'read', tableKey });
    if (reply.type !== 'table') throw new Error(`unexpected answer ${reply.type}`);
    return reply.decoded;
  }

  terminate() {
    this.worker.terminate();
  }
}
