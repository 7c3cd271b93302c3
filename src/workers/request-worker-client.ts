/**
 * The main thread's side of the request worker: promises over the message protocol. Queries are
 * latest-wins — a query superseded before it ran is never sent, so dragging a filter does not queue work.
 */
import type { FromWorker, Loaded, LoadRequest, QueryRequest, QueryResult } from './request-protocol';

type Pending = { resolve: (m: FromWorker) => void; reject: (e: Error) => void };

export class RequestWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
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

  private send<T extends FromWorker>(message: LoadRequest | QueryRequest, transfer: Transferable[] = []): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.set(message.id, { resolve: resolve as (m: FromWorker) => void, reject });
      this.worker.postMessage(message, transfer);
    });
  }

  /** Hands the columnar response to the worker (the buffer is transferred and unusable afterwards). */
  load(message: Omit<LoadRequest, 'id' | 'type'>): Promise<Loaded> {
    return this.send<Loaded>({ ...message, type: 'load', id: this.nextId++ }, [message.buffer]);
  }

  /** Runs a query; if another is queued behind a running one, the older queued query is dropped. */
  query(message: Omit<QueryRequest, 'id' | 'type'>): Promise<QueryResult | null> {
    return new Promise((resolve, reject) => {
      if (this.queued) this.queued.settle.resolve({ type: 'error', id: -1, message: 'superseded' });
      this.queued = {
        message: { ...message, type: 'query' } as Omit<QueryRequest, 'id'>,
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
    this.running = this.send<QueryResult>({ ...message, id: this.nextId++ } as QueryRequest)
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
