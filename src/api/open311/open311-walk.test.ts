import { describe, expect, it } from 'vitest';
import { dateWindows, splitWindow, walkWindows, type DateWindow, type PageFacts } from './open311-walk';

const DAY = 86_400;
const NOW = 1_780_000_000;

describe('dateWindows', () => {
  it('walks back over the days in windows of 90, newest first, the newest ending a day after now', () => {
    const windows = dateWindows(NOW, 200);
    expect(windows).toEqual([
      { start: NOW + DAY - 90 * DAY, end: NOW + DAY },
      { start: NOW + DAY - 180 * DAY, end: NOW + DAY - 90 * DAY },
      { start: NOW - 200 * DAY, end: NOW + DAY - 180 * DAY },
    ]);
  });

  it('is one window when the days fit in one', () => {
    expect(dateWindows(NOW, 30)).toEqual([{ start: NOW - 30 * DAY, end: NOW + DAY }]);
  });
});

describe('splitWindow', () => {
  it('halves a window, newer half first, sharing the middle second', () => {
    expect(splitWindow({ start: 0, end: 100 })).toEqual([
      { start: 50, end: 100 },
      { start: 0, end: 50 },
    ]);
  });
  it('does not split below a minute', () => {
    expect(splitWindow({ start: 0, end: 59 })).toBeNull();
  });
});

/**
 * A fake endpoint over requests at the given times (ids r0, r1, … oldest first), answering a window's
 * records newest first, a page at a time; `quirks` make it behave as real endpoints do.
 */
function endpoint(
  times: number[],
  quirks: {
    pageSize: number;
    cap?: number;
    pastEnd?: 'empty' | 'repeat';
    ignoresPage?: boolean;
    ignoresDates?: boolean;
  },
) {
  const calls: { window: DateWindow; page: number }[] = [];
  const fetchPage = (window: DateWindow, page: number): Promise<PageFacts> => {
    calls.push({ window, page });
    const inWindow = times
      .map((t, i) => ({ t, id: `r${String(i)}` }))
      .filter(({ t }) => quirks.ignoresDates || (t >= window.start && t <= window.end))
      .reverse()
      .slice(0, quirks.cap ?? Infinity);
    const pages = Math.max(1, Math.ceil(inWindow.length / quirks.pageSize));
    let p = quirks.ignoresPage ? 1 : page;
    if (p > pages && quirks.pastEnd === 'repeat') p = pages;
    const rows = inWindow.slice((p - 1) * quirks.pageSize, p * quirks.pageSize);
    return Promise.resolve({
      records: rows.length,
      firstId: rows[0]?.id ?? null,
      lastId: rows.at(-1)?.id ?? null,
      earliest: rows.length ? Math.min(...rows.map((r) => r.t)) : NaN,
      latest: rows.length ? Math.max(...rows.map((r) => r.t)) : NaN,
    });
  };
  return { fetchPage, calls };
}

const spread = (n: number, from: number, to: number) =>
  Array.from({ length: n }, (_, i) => Math.floor(from + ((to - from) * (i + 0.5)) / n));

describe('walkWindows', () => {
  const window = { start: NOW - 90 * DAY, end: NOW };

  it('pages through a window until a page is short', async () => {
    const { fetchPage, calls } = endpoint(spread(25, window.start, window.end), { pageSize: 10 });
    const result = await walkWindows([window], fetchPage, { pageSize: 10, resultCap: 1000 });
    expect(result).toEqual({ records: 25, capped: [] });
    expect(calls.map((c) => c.page)).toEqual([1, 2, 3]);
  });

  it('stops when a page past the end repeats the last one', async () => {
    const { fetchPage, calls } = endpoint(spread(20, window.start, window.end), { pageSize: 10, pastEnd: 'repeat' });
    const result = await walkWindows([window], fetchPage, { pageSize: 10, resultCap: 1000 });
    expect(result).toEqual({ records: 20, capped: [] });
    expect(calls.map((c) => c.page)).toEqual([1, 2, 3]);
  });

  it('stops at an empty page past the end', async () => {
    const { fetchPage, calls } = endpoint(spread(20, window.start, window.end), { pageSize: 10, pastEnd: 'empty' });
    expect(await walkWindows([window], fetchPage, { pageSize: 10, resultCap: 1000 })).toEqual({
      records: 20,
      capped: [],
    });
    expect(calls.map((c) => c.page)).toEqual([1, 2, 3]);
  });

  it('reads an empty window with one request', async () => {
    const { fetchPage, calls } = endpoint([], { pageSize: 10 });
    expect(await walkWindows(dateWindows(NOW, 365), fetchPage, { pageSize: 10, resultCap: 1000 })).toEqual({
      records: 0,
      capped: [],
    });
    expect(calls).toHaveLength(5);
  });

  it('splits a window cut at the cap until no half is, so nothing is lost', async () => {
    const times = spread(30, window.start, window.end);
    const { fetchPage, calls } = endpoint(times, { pageSize: 100, cap: 8, ignoresPage: true });
    const seen = new Set<string>();
    const result = await walkWindows(
      [window],
      async (w, page) => {
        const facts = await fetchPage(w, page);
        // What the reader keeps: every id of the window's answer (the fake's ids run oldest first).
        const all = times.map((t, i) => ({ t, id: `r${String(i)}` })).filter(({ t }) => t >= w.start && t <= w.end);
        for (const r of all.reverse().slice(0, facts.records)) seen.add(r.id);
        return facts;
      },
      { pageSize: 100, resultCap: 8 },
    );
    expect(result.capped).toEqual([]);
    expect(seen.size).toBe(30);
    // A page at the cap is full: the next page is asked for, repeats it, and the window is split.
    expect(calls.every((c) => c.page <= 2)).toBe(true);
  });

  it('splits when the server ignores `page` and the first page was full', async () => {
    const { fetchPage, calls } = endpoint(spread(15, window.start, window.end), { pageSize: 10, ignoresPage: true });
    const result = await walkWindows([window], fetchPage, { pageSize: 10, resultCap: 1000 });
    expect(result.capped).toEqual([]);
    // The window's first page, then page 2 (a repeat), then its halves.
    expect(calls.slice(0, 3).map((c) => [c.window, c.page])).toEqual([
      [window, 1],
      [window, 2],
      [splitWindow(window)![0], 1],
    ]);
  });

  it('reports a window it cannot split (many requests in one second) as capped', async () => {
    const second = window.start + 1000;
    const { fetchPage } = endpoint(Array<number>(12).fill(second), { pageSize: 100, cap: 10 });
    const result = await walkWindows([window], fetchPage, { pageSize: 100, resultCap: 10 });
    expect(result.capped).toHaveLength(1);
    expect(result.capped[0]!.end - result.capped[0]!.start).toBeLessThan(60);
  });

  it('does not split when the server ignores the dates: the window is capped', async () => {
    const { fetchPage, calls } = endpoint(spread(12, NOW - 900 * DAY, NOW - 800 * DAY), {
      pageSize: 100,
      cap: 10,
      ignoresDates: true,
    });
    const result = await walkWindows([window], fetchPage, { pageSize: 100, resultCap: 10 });
    expect(result.capped).toEqual([window]);
    expect(calls.map((c) => [c.window, c.page])).toEqual([
      [window, 1],
      [window, 2],
    ]);
  });
});
