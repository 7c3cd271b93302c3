/**
 * How the requests of an Open311 endpoint are read in full. GeoReport v2 answers a query with at most a
 * span of dates (90 days by default) and a number of records (1000 by default), so the walk asks for
 * windows of dates back over the configured days, and within each window for pages (`page` /
 * `page_size`, an extension most servers have). Real endpoints answer a page past the end with the last
 * page again, ignore `page` altogether, or cut an answer at their cap without saying so: a page that
 * repeats the one before it ends the window, and a window that may have been cut is split in halves until
 * none is. The walk only decides; fetching and reading a page are the caller's.
 */

/** A span of `requested_datetime`, epoch seconds, both ends included (as `start_date` and `end_date` are). */
export interface DateWindow {
  start: number;
  end: number;
}

/** What one page held, as the request worker reports it. */
export interface PageFacts {
  /** Records on the page, readable or not. */
  records: number;
  firstId: string | null;
  lastId: string | null;
  /** Earliest and latest `requested_datetime` read, epoch seconds; NaN when none. */
  earliest: number;
  latest: number;
}

export interface WalkOptions {
  /** Records asked for per page. */
  pageSize: number;
  /** The most records the endpoint answers for one query. */
  resultCap: number;
}

export interface WalkResult {
  /** Records read over every page (a repeated page is not counted). */
  records: number;
  /** Windows that still held exactly the cap when they could be split no further: requests may be missing. */
  capped: DateWindow[];
}

export type FetchPage = (window: DateWindow, page: number) => Promise<PageFacts>;

const DAY = 86_400;
/** The spec's default span of one query. */
export const WINDOW_DAYS = 90;
/** A window is not split below a minute: Open311 times are to the second, and many requests share one. */
const MIN_SPLIT_SECONDS = 60;

/**
 * The windows to ask for, newest first, back over `days` from `now`. The newest ends a day after `now`, so
 * an endpoint that reads the times in its own zone instead of UTC still returns today's requests. Adjacent
 * windows share their boundary second (both ends are included); the reader drops a request it saw before.
 */
export function dateWindows(now: number, days: number, spanDays = WINDOW_DAYS): DateWindow[] {
  const oldest = Math.floor(now) - days * DAY;
  const windows: DateWindow[] = [];
  for (let end = Math.floor(now) + DAY; end > oldest; end -= spanDays * DAY) {
    windows.push({ start: Math.max(oldest, end - spanDays * DAY), end });
  }
  return windows;
}

/** The two halves of a window, newer first, or null when it is too short to split. */
export function splitWindow(window: DateWindow): [DateWindow, DateWindow] | null {
  if (window.end - window.start < MIN_SPLIT_SECONDS) return null;
  const middle = Math.floor((window.start + window.end) / 2);
  return [
    { start: middle, end: window.end },
    { start: window.start, end: middle },
  ];
}

/** True when a page is the page before it again (a server past its last page, or one that ignores `page`). */
export function repeatsPage(previous: PageFacts, page: PageFacts): boolean {
  return (
    page.records === previous.records &&
    page.firstId !== null &&
    page.firstId === previous.firstId &&
    page.lastId === previous.lastId
  );
}

interface WindowReading {
  records: number;
  /** The answer may have been cut: more requests may lie in the window. */
  mayBeCut: boolean;
  /** Some request lies well outside the window: the endpoint ignores the dates, and splitting cannot help. */
  ignoresDates: boolean;
}

/**
 * Reads a window page by page. A page is full when it holds a page's worth or the cap (a server may cap a
 * page below `page_size`); after a full page comes the next. The window may have been cut when its
 * records add up to the cap exactly, or when the page after a full first page repeats it (the server
 * ignores `page`, so what lies beyond its first answer cannot be had by paging).
 */
async function readWindow(window: DateWindow, fetchPage: FetchPage, options: WalkOptions): Promise<WindowReading> {
  const full = Math.min(options.pageSize, options.resultCap);
  let records = 0;
  let earliest = Infinity;
  let latest = -Infinity;
  let previous: PageFacts | null = null;
  let mayBeCut = false;
  for (let page = 1; ; page++) {
    const facts = await fetchPage(window, page);
    if (previous && repeatsPage(previous, facts)) {
      mayBeCut = page === 2;
      break;
    }
    records += facts.records;
    if (!Number.isNaN(facts.earliest)) earliest = Math.min(earliest, facts.earliest);
    if (!Number.isNaN(facts.latest)) latest = Math.max(latest, facts.latest);
    if (facts.records < full) break;
    previous = facts;
  }
  return {
    records,
    mayBeCut: mayBeCut || records === options.resultCap,
    ignoresDates: earliest < window.start - DAY || latest > window.end + DAY,
  };
}

/** Walks every window (splitting the ones that may have been cut) and says what it read. */
export async function walkWindows(
  windows: readonly DateWindow[],
  fetchPage: FetchPage,
  options: WalkOptions,
): Promise<WalkResult> {
  const result: WalkResult = { records: 0, capped: [] };
  const pending = [...windows].reverse();
  while (pending.length > 0) {
    const window = pending.pop()!;
    const reading = await readWindow(window, fetchPage, options);
    result.records += reading.records;
    if (!reading.mayBeCut) continue;
    const halves = reading.ignoresDates ? null : splitWindow(window);
    if (halves) pending.push(halves[1], halves[0]);
    else result.capped.push(window);
  }
  return result;
}
