/**
 * One load of the requests, in the worker: begun with the city's catalogue and areas, fed body by body
 * (an Arrow stream, or JSON pages), finished by assigning areas and finding the distinct problems. Bodies
 * are read here, not on the main thread: the page only fetches them.
 */
import { decodeArrowRequests } from '../api/arrow/arrow-requests';
import { readOpen311Request } from '../api/open311/open311-request';
import { RequestPage, readRequest, requestIdOf } from '../api/request-schema';
import { RequestTableBuilder, type DecodedRequests } from '../domain/request-table-builder';
import type { RequestRecord } from '../domain/request-record';
import type { Appended, AppendBody, BeginLoad, PageFormat } from './request-protocol';

export class LoadSession {
  private builder: RequestTableBuilder;
  private decoded: DecodedRequests | null = null;
  private readonly codes: Set<string>;
  private readonly knownService: (code: string) => boolean;
  /** Ids of the Open311 records read: windows share their boundary second, and servers repeat pages. */
  private readonly seen = new Set<string>();
  /** Categories the records named that the catalogue lacks, in order of first use. */
  readonly added: { code: string; name: string }[] = [];

  constructor(readonly inputs: BeginLoad) {
    const codes = new Set(inputs.services.map((s) => s.code));
    this.codes = codes;
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
      if (format === 'open311') {
        this.appendOpen311(raw, summary);
        continue;
      }
      const read = readRequest(raw, this.inputs.timeZone);
      if (typeof read === 'string') {
        this.builder.setAside(read, requestIdOf(raw));
        continue;
      }
      noteRecord(summary, read);
      this.builder.append(read);
    }
    summary.kept = this.builder.size;
    return summary;
  }

  /**
   * An Open311 record: a repeat of one read before is skipped (it is the same request), and a category
   * services.json lacks becomes one of the city's own, named by the record, rather than a reason to set
   * the request aside.
   */
  private appendOpen311(raw: unknown, summary: Appended): void {
    const read = readOpen311Request(raw, this.inputs.timeZone);
    if (typeof read === 'string') {
      this.builder.setAside(read, requestIdOf(raw));
      return;
    }
    const { record, serviceName } = read;
    noteRecord(summary, record);
    if (this.seen.has(record.id)) return;
    this.seen.add(record.id);
    if (!this.codes.has(record.serviceCode) && serviceName) {
      this.codes.add(record.serviceCode);
      this.inputs.services.push({
        code: record.serviceCode,
        group: record.serviceCode,
        slaHours: Infinity,
        jurisdiction: 'municipal',
      });
      this.added.push({ code: record.serviceCode, name: serviceName });
    }
    this.builder.append(record);
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
