/// <reference lib="webworker" />
/**
 * Generates the demo year of requests off the page's main thread, so the dashboard's code loads and the
 * map starts drawing while the city's requests are made.
 */
import { generateRequests, type GenerateRequestsOptions } from './city/requests';
import { requestTableBuffers } from '../src/domain/request-table';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<GenerateRequestsOptions>) => {
  const generated = generateRequests(event.data);
  const extra = [generated.district, generated.neighbourhood, generated.alley].map((a) => a.buffer as ArrayBuffer);
  self.postMessage(generated, [...requestTableBuffers(generated.table), ...extra]);
};
