/**
 * The request worker's load path run in the calling thread, for tests in node (which has no Web Worker):
 * the same session and the same settling as the worker, behind the same surface as RequestWorkerClient.
 */
import { answerQuery, settleSession, type LoadedRequests } from './loaded-requests';
import { LoadSession } from './load-session';
import type { AppendBody, Appended, BeginLoad, Loaded, QueryRequest, QueryResult } from './request-protocol';
import type { RequestLoader } from './request-worker-client';

export class InProcessLoader implements RequestLoader {
  private session: LoadSession | null = null;
  private loaded: LoadedRequests | null = null;
  private nextSession = 1;

  begin(inputs: Omit<BeginLoad, 'id' | 'type' | 'session'>): Promise<number> {
    const session = this.nextSession++;
    this.session = new LoadSession({ ...inputs, type: 'begin', id: 0, session });
    return Promise.resolve(session);
  }

  append(session: number, body: AppendBody['body']): Promise<Appended> {
    return Promise.resolve(this.current(session).append(body, 0));
  }

  finish(session: number): Promise<Loaded> {
    const current = this.current(session);
    this.session = null;
    const settled = settleSession(current, this.loaded, 0);
    this.loaded = settled.loaded;
    return Promise.resolve(settled.message);
  }

  /** The loaded requests (the table, its problems), for tests to read. */
  get requests(): LoadedRequests | null {
    return this.loaded;
  }

  query(message: Omit<QueryRequest, 'id' | 'type'>): QueryResult {
    if (!this.loaded) throw new Error('no requests loaded');
    return answerQuery(this.loaded, { ...message, type: 'query', id: 0 }).result;
  }

  private current(session: number): LoadSession {
    if (!this.session || this.session.inputs.session !== session) throw new Error('this load was replaced');
    return this.session;
  }
}
