/**
 * Writes the demo API as static files, one per endpoint at its path, so any static web server can act as
 * the API: `npm run demo:export -- [outDir] [--now=ISO] [--count=N] [--seed=N]` (default out dir demo-api).
 * `requests` holds every record in one page (next_cursor null); `requests.arrow` the same as an Arrow stream.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoCity, type DemoCityOptions } from '../mocks/demo-city';
import { requestRecord } from '../mocks/request-query';

const ALL: Parameters<ReturnType<typeof createDemoCity>['rows']>[0] = {
  start: null,
  end: null,
  services: null,
  status: null,
  district: null,
  updatedAfter: null,
};
const CHUNK = 10_000;

function write(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

/** Streams the single JSON page of every request: a million records do not fit in one string. */
function writeRequests(path: string, city: ReturnType<typeof createDemoCity>): void {
  const data = city.requests;
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, '{"data":[');
    for (let from = 0; from < data.table.count; from += CHUNK) {
      const parts: string[] = [];
      for (let i = from; i < Math.min(data.table.count, from + CHUNK); i++) {
        parts.push(JSON.stringify(requestRecord(data, i)));
      }
      writeSync(fd, (from > 0 ? ',' : '') + parts.join(','));
    }
    writeSync(fd, `],"next_cursor":null,"total":${data.table.count}}`);
  } finally {
    closeSync(fd);
  }
}

/** Writes every endpoint under outDir; returns the relative paths written. */
export function exportDemo(outDir: string, options: DemoCityOptions = {}): string[] {
  const city = createDemoCity(options);
  const files: [string, () => unknown][] = [
    ['city', () => city.city],
    ['districts', () => city.districts],
    ['neighbourhoods', () => city.neighbourhoods],
    ['services', () => city.services],
    ['fiber/segments', () => city.fiber],
    ['eservices', () => city.eservices],
    ['basemap/roads', () => city.roads],
    ['basemap/water', () => city.water],
  ];
  for (const [path, body] of files) write(join(outDir, path), JSON.stringify(body()));
  write(join(outDir, 'requests.arrow'), city.arrow(ALL));
  writeRequests(join(outDir, 'requests'), city);
  return [...files.map(([path]) => path), 'requests.arrow', 'requests'];
}

function parseArgs(argv: string[]): { outDir: string; options: DemoCityOptions } {
  let outDir = 'demo-api';
  const options: DemoCityOptions = {};
  for (const arg of argv) {
    const [key, value = ''] = arg.split('=', 2) as [string, string?];
    if (key === '--now') {
      const now = new Date(value);
      if (Number.isNaN(now.getTime())) throw new Error(`--now is not a date: ${value}`);
      options.now = now;
    } else if (key === '--count') options.requestCount = Number(value);
    else if (key === '--seed') options.seed = Number(value);
    else if (key.startsWith('--')) throw new Error(`unknown option ${key}`);
    else outDir = arg;
  }
  return { outDir, options };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { outDir, options } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const files = exportDemo(outDir, options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`demo API written to ${outDir}/ (${files.length} files, ${seconds} s)`);
}
