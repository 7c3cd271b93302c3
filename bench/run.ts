/**
 * Runs every benchmark group (or those named: `npm run bench -- refresh`), prints a table and writes
 * bench/results.json. For 5M rows the typed arrays live outside the JS heap, so the default heap is
 * enough. Add a group by writing bench/cases/<group>.ts exporting a BenchGroup and listing it here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printTable, writeResults, type BenchEntry, type BenchGroup } from './harness';
import { clusterGroup } from './cases/cluster';
import { fiberGroup } from './cases/fiber';
import { pipelineGroup } from './cases/pipeline';
import { refreshGroup } from './cases/refresh';

const GROUPS: BenchGroup[] = [pipelineGroup, clusterGroup, fiberGroup, refreshGroup];

const only = process.argv.slice(2);
const entries: BenchEntry[] = [];
for (const group of GROUPS) {
  if (only.length > 0 && !only.includes(group.name)) continue;
  console.error(`running ${group.name}…`);
  entries.push(...group.run());
}
printTable(entries);
const out = fileURLToPath(new URL('./results.json', import.meta.url));
// A run of some groups replaces their entries and keeps the other groups' from the last run.
const kept = only.length > 0 && existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as BenchEntry[]) : [];
const ran = new Set(entries.map((e) => e.name));
writeResults(out, [...kept.filter((e) => !ran.has(e.name)), ...entries]);
console.log(`\nnode ${process.version}, single thread; written to ${out}`);
