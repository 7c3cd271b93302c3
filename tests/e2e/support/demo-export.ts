/**
 * The demo city as static files, the way a real backend would serve the contract: runs the project's
 * exporter (`npm run demo:export -- <dir>`, scripts/export-demo.ts) into a fresh temporary directory.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { AreaCollection, CityApiData, CityEntry, DistrictProps, NeighbourhoodProps, ServiceEntry } from './app';
import { REPO_ROOT } from './static-server';

const run = promisify(execFile);

export const EXPORTED_ENDPOINTS = [
  'city',
  'districts',
  'neighbourhoods',
  'services',
  'requests.arrow',
  'fiber/segments',
  'eservices',
  'basemap/roads',
  'basemap/water',
];

export interface ExportedApi {
  dir: string;
  remove(): Promise<void>;
}

/** Exports the demo city; `options` are the exporter's (`--now=ISO`, `--count=N`, `--seed=N`). */
export async function exportDemoApi(options: string[] = []): Promise<ExportedApi> {
  const dir = await mkdtemp(path.join(tmpdir(), 'shahrnama-api-'));
  await run(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts', 'export-demo.ts'), dir, ...options], {
    cwd: REPO_ROOT,
    maxBuffer: 16 * 1024 * 1024,
    timeout: 150_000,
  });
  const missing = EXPORTED_ENDPOINTS.filter((endpoint) => !existsSync(path.join(dir, endpoint)));
  if (missing.length > 0) throw new Error(`the demo export in ${dir} lacks ${missing.join(', ')}`);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The exported API data, read straight from the files (not through the app or the browser). */
export async function readExportedApi(dir: string): Promise<CityApiData> {
  const json = async <T>(endpoint: string) => JSON.parse(await readFile(path.join(dir, endpoint), 'utf8')) as T;
  const bytes = await readFile(path.join(dir, 'requests.arrow'));
  return {
    city: await json<CityEntry>('city'),
    districts: await json<AreaCollection<DistrictProps>>('districts'),
    neighbourhoods: await json<AreaCollection<NeighbourhoodProps>>('neighbourhoods'),
    services: await json<ServiceEntry[]>('services'),
    requests: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  };
}
