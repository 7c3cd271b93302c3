/// <reference lib="webworker" />
/**
 * The request worker: reads the requests the page fetched (an Arrow stream or JSON pages), assigns every
 * request to its district and neighbourhood, finds the distinct problems, hands the map every drawable
 * request once, and answers filter queries with aggregates and follow-up figures — all on typed arrays,
 * off the main thread. This file only routes messages.
 */
import { drawableBuffers } from './drawable-requests';
import { answerExport, answerQuery, settleSession, type LoadedRequests } from './loaded-requests';
import { LoadSession } from './load-session';
import type { FromWorker, ToWorker } from './request-protocol';

declare const self: DedicatedWorkerGlobalScope;

let loaded: LoadedRequests | null = null;
let session: LoadSession | null = null;

function post(message: FromWorker, transfer: Transferable[] = []) {
  self.postMessage(message, transfer);
}

/** The session a message names; a message of an older session (a load since replaced) is refused. */
function sessionFor(id: number): LoadSession {
  if (!session || session.inputs.session !== id) throw new Error('this load was replaced by a newer one');
  return session;
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    switch (message.type) {
      case 'begin':
        session = new LoadSession(message);
        post({ type: 'ack', id: message.id });
        break;
      case 'append':
        post(sessionFor(message.session).append(message.body, message.id));
        break;
      case 'finish': {
        const current = sessionFor(message.session);
        session = null;
        const settled = settleSession(current, loaded, message.id);
        loaded = settled.loaded;
        post(settled.message, drawableBuffers(settled.message.drawable));
        break;
      }
      case 'query': {
        if (!loaded) throw new Error('no requests loaded');
        const { result, transfer } = answerQuery(loaded, message);
        post(result, transfer);
        break;
      }
      case 'export':
        if (!loaded) throw new Error('no requests loaded');
        post(answerExport(loaded, message));
        break;
    }
  } catch (error) {
    post({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
};
