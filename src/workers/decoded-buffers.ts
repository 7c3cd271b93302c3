import { requestTableBuffers } from '../domain/request-table';
import type { DecodedRequests } from '../domain/request-table-builder';

/** The buffers of a table of decoded requests, for postMessage's transfer list: it crosses threads without a copy. */
export function decodedBuffers(decoded: DecodedRequests): ArrayBuffer[] {
  return [...requestTableBuffers(decoded.table), decoded.apiDistrict.buffer as ArrayBuffer];
}
