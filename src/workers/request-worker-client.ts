/**
 * The main thread's side of the request worker: promises over the message protocol. Queries are
 * latest-wins — a query superseded before it ran is never sent, so dragging a filter does not queue work.
 */
import { decodedBuffers } from './decoded-buffers';
import type {
  AppendBody,
  Appended,
  BeginLoad,
  Exported,
  ExportRequest,
  FromWorker,
  Loaded,
  QueryRequest,
  QueryResult,
  ToWorker,
} from './request-protocol';

type Pending = { resolve: (m: FromWorker) => void; reject: (e: Error) => void };
type Unsent<T> = T extends unknown ? Omit<T, 'id'> : never;

export class RequestWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private nextSession = 1;
  private running: Promise<unknown> | null = null;
  private queued: { message: Omit<QueryRequest, 'id'>; settle: Pending } | null = null;

  constructor() {
    this.worker = new Worker(new URL('./requests.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const waiting = this.pending.get(event.data.id);
      if (!waiting) return;
      this.pending.delete(event.data.id);
      if (event.data.type === 'error') waiting.reject(new Error(event.data.message));
      else waiting.resolve(event.data);
    };
    this.worker.onerror = (event) => {
      const error = new Error(event.message || 'request worker failed');
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
  }

  private send<T extends FromWorker>(message: Unsent<ToWorker>, transfer: Transferable[] = []): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (m: FromWorker) => void, reject });
      this.worker.postMessage({ ...message, id }, transfer);
    });
  }

  /** Starts a load (replacing any load in progress); returns the session its bodies name. */
  async begin(inputs: Omit<BeginLoad, 'id' | 'type' | 'session'>): Promise<number> {
    const session = this.nextSession++;
    await this.send({ ...inputs, type: 'begin', session });
    return session;
  }

  /** Hands a body to the session (an Arrow body's or a table's buffers are transferred, unusable afterwards). */
  append(session: number, body: AppendBody['body']): Promise<Appended> {
    const transfer =
      body.format === 'arrow' ? [body.bytes] : body.format === 'table' ? decodedBuffers(body.decoded) : [];
    return this.send<Appended>({ type: 'append', session, body }, transfer);
  }

  /** Ends the session's reading: the requests are assigned, clustered and ready to query. */
  finish(session: number): Promise<Loaded> {
    return this.send<Loaded>({ type: 'finish', session });
  }

  /** The CSV text of a filter's requests or problems. */
  async exportCsv(message: Omit<ExportRequest, 'id' | 'type'>): Promise<string> {
    return (await this.send<Exported>({ ...message, type: 'export' })).text;
  }

  /** Runs a query; if another is queued behind a running one, the older queued query is dropped. */
  query(message: Omit<QueryRequest, 'id' | 'type'>): Promise<QueryResult | null> {
    return new Promise((resolve, reject) => {
      if (this.queued) this.queued.settle.resolve({ type: 'error', id: -1, message: 'superseded' });
      this.queued = {
        message: { ...message, type: 'query' },
        settle: {
          resolve: (m) => resolve(m.type === 'result' ? m : null),
          reject,
        },
      };
      this.drain();
    });
  }

  private drain() {
    if (this.running || !this.queued) return;
    const { message, settle } = this.queued;
    this.queued = null;
    this.running = this.send<QueryResult>(message)
      .then(settle.resolve, settle.reject)
      .finally(() => {
        this.running = null;
        this.drain();
      });
  }

  terminate() {
    this.worker.terminate();
    for (const waiting of this.pending.values()) waiting.reject(new Error('request worker stopped'));
    this.pending.clear();
  }
}

/** What a source needs of the worker to load requests into it. */
export type RequestLoader = Pick<RequestWorkerClient, 'begin' | 'append' | 'finish'>;
