/**
 * One load of the requests, in the worker: begun with the city's catalogue and areas, fed body by body
 * (an Arrow stream, or JSON pages), finished by assigning areas and finding the distinct problems. Bodies
 * are read here, not on the main thread: the page only fetches them.
 */
import { decodeArrowRequests } from '../api/arrow/arrow-requests';
import { RequestPage, readRequest } from '../api/request-schema';
import { RequestTableBuilder, type DecodedRequests } from '../domain/request-table-builder';
import type { RequestRecord } from '../domain/request-record';
import type { Appended, AppendBody, BeginLoad, PageFormat } from './request-protocol';

export class LoadSession {
  private builder: RequestTableBuilder;
  private decoded: DecodedRequests | null = null;
  private readonly knownService: (code: string) => boolean;

  constructor(readonly inputs: BeginLoad) {
    const codes = new Set(inputs.services.map((s) => s.code));
    this.knownService = (code) => codes.has(code);
    this.builder = new RequestTableBuilder(this.knownService);
  }

  append(body: AppendBody['body'], id: number): Appended {
    if (body.format === 'arrow') return this.replaceWith(decodeArrowRequests(body.bytes, this.knownService), id);
    if (body.format === 'table') return this.replaceWith(body.decoded, id);
    return this.appendPage(body.text, body.format, id);
  }

  /** An Arrow body, or a table read from a file, holds the whole load: it replaces what the session read before. */
  private replaceWith(decoded: DecodedRequests, id: number): Appended {
    this.decoded = decoded;
    const { table, setAside } = decoded;
    return {
      ...emptySummary(id, table.count + setAside.total, table.count),
      ...timeRange(table.requestedAt, table.count),
    };
  }

  private appendPage(text: string, format: PageFormat, id: number): Appended {
    const { records, nextCursor, total } = readPage(text, format);
    const summary = emptySummary(id, records.length, 0);
    summary.nextCursor = nextCursor;
    summary.total = total;
    for (const raw of records) {
      const read = readRequest(raw, this.inputs.timeZone);
      if (typeof read === 'string') {
        this.builder.setAside(read);
        continue;
      }
      noteRecord(summary, read);
      this.builder.append(read);
    }
    summary.kept = this.builder.size;
    return summary;
  }

  /** The table of everything read. */
  finish(): DecodedRequests {
    return this.decoded ?? this.builder.finish();
  }
}

/** Raised when a body is not a page of the format asked for: the message says what it is instead. */
export class PageFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageFormatError';
  }
}

function readPage(text: string, format: PageFormat) {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const start = text.trimStart().slice(0, 1);
    throw new PageFormatError(start === '<' ? 'the answer is an HTML page, not JSON' : 'the answer is not JSON');
  }
  if (format === 'open311') {
    if (!Array.isArray(body)) throw new PageFormatError('an Open311 requests answer must be a JSON list');
    return { records: body as unknown[], nextCursor: null, total: null };
  }
  const page = RequestPage.safeParse(body);
  if (!page.success) {
    const issue = page.error.issues[0];
    throw new PageFormatError(`not a page of requests (${issue?.path.join('.') || 'body'}: ${issue?.message ?? ''})`);
  }
  return { records: page.data.data, nextCursor: page.data.next_cursor ?? null, total: page.data.total ?? null };
}

function emptySummary(id: number, records: number, kept: number): Appended {
  return {
    type: 'appended',
    id,
    records,
    kept,
    nextCursor: null,
    total: null,
    firstId: null,
    lastId: null,
    earliest: NaN,
    latest: NaN,
  };
}

function noteRecord(summary: Appended, record: RequestRecord): void {
  summary.firstId ??= record.id;
  summary.lastId = record.id;
  const t = record.requestedAt;
  if (Number.isNaN(t)) return;
  summary.earliest = Number.isNaN(summary.earliest) ? t : Math.min(summary.earliest, t);
  summary.latest = Number.isNaN(summary.latest) ? t : Math.max(summary.latest, t);
}

function timeRange(times: Uint32Array, count: number) {
  let earliest = Infinity;
  let latest = -Infinity;
  for (let i = 0; i < count; i++) {
    earliest = Math.min(earliest, times[i]!);
    latest = Math.max(latest, times[i]!);
  }
  return count ? { earliest, latest } : { earliest: NaN, latest: NaN };
}
