import { ApiRequestError } from '../api/client';
import type { MessageKey } from '../i18n/translate';

/** A failure in words a manager can act on: which endpoint, and whether the server is down or wrong. */
export function describeError(error: Error, t: (key: MessageKey, params?: Record<string, string>) => string): string {
  if (error instanceof ApiRequestError) {
    const params = { endpoint: error.endpoint, message: error.message };
    if (error.kind === 'network') return t('error.network', params);
    if (error.kind === 'timeout') return t('error.timeout', params);
    if (error.kind === 'http') return t('error.http', params);
    return t('error.invalid', params);
  }
  return error.message;
}
