/**
 * Runs every benchmark group, prints a table and writes bench/results.json. `npm run bench`; for 5M rows
 * the typed arrays live outside the JS heap, so the default heap is enough. Add a group by writing
 * bench/cases/<group>.ts exporting a BenchGroup and listing it here.
 */
import { fileURLToPath } from 'node:url';
import { printTable, writeResults, type BenchEntry, type BenchGroup } from './harness';
import { clusterGroup } from './cases/cluster';
import { fiberGroup } from './cases/fiber';
import { pipelineGroup } from './cases/pipeline';

const GROUPS: BenchGroup[] = [pipelineGroup, clusterGroup, fiberGroup];

const only = process.argv.slice(2);
const entries: BenchEntry[] = [];
for (const group of GROUPS) {
  if (only.length > 0 && !only.includes(group.name)) continue;
  console.error(`running ${group.name}…`);
  entries.push(...group.run());
}
printTable(entries);
const out = fileURLToPath(new URL('./results.json', import.meta.url));
writeResults(out, entries);
console.log(`\nnode ${process.version}, single thread; written to ${out}`);
