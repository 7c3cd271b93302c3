/**
 * A realistic CSV of many NYC-style 311 requests, for measuring the file import at scale: New York City's
 * own 41 columns, each row resampled from the real sample in ../shared/fixtures (its categories, agencies,
 * statuses, descriptors, addresses, blanks and quoting), with a fresh id, its dates moved to a random
 * moment of 2024 (New York time, the export's `MM/DD/YYYY hh:mm:ss AM`) and its position jittered. Rows
 * the sample has without coordinates get some, but for 2 % of all rows (a recent export's share).
 *
 *   node --import tsx scripts/nyc-like-csv.ts [rows] [out]     default 1000000, tests/artifacts/nyc-like-1m.csv
 */
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { REPO_ROOT } from '../tests/e2e/support/static-server';

/** NYC's sample in the shared folder beside the checkout, or beside the folder of worktrees it is one of. */
export const NYC_SAMPLE =
  [path.join(REPO_ROOT, '..'), path.join(REPO_ROOT, '..', '..')]
    .map((root) => path.join(root, 'shared', 'fixtures', 'nyc-311', '311_subset.micro.csv'))
    .find((file) => existsSync(file)) ??
  path.join(REPO_ROOT, '..', 'shared', 'fixtures', 'nyc-311', '311_subset.micro.csv');
const DATE_COLUMNS = ['Created Date', 'Closed Date', 'Due Date', 'Resolution Action Updated Date'];
const MISSING_COORDINATES = 0.02;

/** A small deterministic generator (mulberry32): the same file every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** NYC's wall-clock text, read and written as if UTC: only differences between dates matter here. */
function parseUs(text: string): number {
  const m = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d) ([AP])M$/.exec(text);
  if (!m) return NaN;
  const [, mo, d, y, h, mi, s, ap] = m;
  return Date.UTC(+y!, +mo! - 1, +d!, (+h! % 12) + (ap === 'P' ? 12 : 0), +mi!, +s!);
}

function formatUs(t: number): string {
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = d.getUTCHours();
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${pad(h % 12 || 12)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

export async function writeNycLikeCsv(rows: number, out: string): Promise<void> {
  if (!existsSync(NYC_SAMPLE)) throw new Error(`${NYC_SAMPLE} is missing (the shared NYC sample)`);
  const parsed = Papa.parse<string[]>(readFileSync(NYC_SAMPLE, 'utf8'), { skipEmptyLines: true });
  const [headers, ...sample] = parsed.data as [string[], ...string[][]];
  const col = (name: string) => headers.indexOf(name);
  const dates = DATE_COLUMNS.map(col);
  const [created, lat, lon, location] = ['Created Date', 'Latitude', 'Longitude', 'Location'].map(col) as number[];
  const key = col('Unique Key');
  const located = sample.filter((r) => r[lat!] !== '');
  const rand = random(311);
  const yearStart = Date.UTC(2024, 0, 1);
  const yearMs = 366 * 86_400_000;
  await mkdir(path.dirname(out), { recursive: true });
  const stream = createWriteStream(out);
  const write = (text: string) =>
    stream.write(text) ? Promise.resolve() : new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  await write(`${Papa.unparse([headers])}\r\n`);
  let batch: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const row = [...sample[i % sample.length]!];
    row[key] = String(40_000_000 + i);
    const shift = yearStart + Math.floor(rand() * yearMs) - parseUs(row[created!]!);
    for (const c of dates) if (row[c]) row[c] = formatUs(parseUs(row[c]!) + shift);
    if (rand() < MISSING_COORDINATES) {
      row[lat!] = row[lon!] = row[location!] = '';
    } else {
      const from = row[lat!] ? row : located[Math.floor(rand() * located.length)]!;
      const y = (Number(from[lat!]) + (rand() - 0.5) * 0.01).toFixed(8);
      const x = (Number(from[lon!]) + (rand() - 0.5) * 0.01).toFixed(8);
      row[lat!] = y;
      row[lon!] = x;
      row[location!] = `(${y}, ${x})`;
    }
    batch.push(row);
    if (batch.length === 10_000) {
      await write(`${Papa.unparse(batch, { newline: '\r\n' })}\r\n`);
      batch = [];
    }
  }
  if (batch.length) await write(`${Papa.unparse(batch, { newline: '\r\n' })}\r\n`);
  await new Promise<void>((resolve, reject) =>
    stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

if (process.argv[1]?.endsWith('nyc-like-csv.ts')) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const out = process.argv[3] ?? path.join(REPO_ROOT, 'tests', 'artifacts', 'nyc-like-1m.csv');
  await writeNycLikeCsv(rows, out);
  console.log(`wrote ${rows} rows to ${out}`);
}
