/**
 * The city's own basemap style (config.json's `basemapStyleUrl`), fetched before the map is made. MapLibre
 * left alone with a style that answers 404, an HTML page or nothing at all never draws and never says why;
 * fetched here, such a style is a named failure in bounded time, and the app draws its embedded basemap.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { z } from 'zod';

/** A style is a few kilobytes: a server that has sent none in this long is not going to. */
export const STYLE_TIMEOUT_MS = 10_000;

export class StyleDocumentError extends Error {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = 'StyleDocumentError';
  }
}

/** The shape MapLibre needs to start drawing; the rest of the document is MapLibre's to check. */
const StyleDocument = z.looseObject({
  version: z.literal(8),
  sources: z.record(z.string(), z.unknown()),
  layers: z.array(z.looseObject({ id: z.string(), type: z.string() })),
});

const isTimeout = (error: unknown) => error instanceof DOMException && error.name === 'TimeoutError';

/**
 * The style at `url`, or a StyleDocumentError that says why it cannot be used: no answer within
 * `timeoutMs`, a network failure, an HTTP error, not JSON (an HTML page), not a MapLibre style. An abort
 * through `signal` is rethrown as it is.
 */
export async function loadStyleDocument(
  url: string,
  { signal, timeoutMs = STYLE_TIMEOUT_MS }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<StyleSpecification> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const fail = (message: string) => new StyleDocumentError(url, message);
  let text: string;
  try {
    const response = await fetch(url, { signal: both, headers: { Accept: 'application/json' } });
    if (!response.ok) throw fail(`HTTP ${String(response.status)}`);
    text = await response.text();
  } catch (error) {
    if (error instanceof StyleDocumentError || signal?.aborted) throw error;
    if (isTimeout(error) || timeout.aborted) throw fail(`no answer within ${String(timeoutMs / 1000)} s`);
    throw fail(error instanceof Error ? error.message : String(error));
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw fail(text.trimStart().startsWith('<') ? 'the answer is an HTML page' : 'the answer is not JSON');
  }
  const parsed = StyleDocument.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail(`not a MapLibre style (${issue?.path.join('.') || 'document'}: ${issue?.message ?? ''})`);
  }
  return parsed.data as unknown as StyleSpecification;
}
