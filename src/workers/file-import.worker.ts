/// <reference lib="webworker" />
/**
 * The file-import worker: reads a dropped CSV (Papa Parse, streamed slice by slice) or GeoJSON off the
 * main thread — first a sample for the mapping dialog, then the whole file by the user's plan into a
 * request table, which it stores in IndexedDB and hands to the page (transferred, not copied); and a stored
 * table read back on a later visit. The page sees progress, summaries and tables it passes on.
 */
import Papa from 'papaparse';
import { FileRows } from '../api/files/file-rows';
import { readGeoJson, type TableContent } from '../api/files/geojson-reading';
import { getTable, putTable } from './dataset-store';
import { decodedBuffers } from './decoded-buffers';
import type { FileSample, FromImportWorker, ImportFile, TextEncoding, ToImportWorker } from './file-import-protocol';
import { textStream } from './text-stream';

declare const self: DedicatedWorkerGlobalScope;

/** Enough of a file for its header, the dialog's preview and a fair guess of each date column's format. */
const SAMPLE_BYTES = 256 * 1024;
const SAMPLE_ROWS = 200;
/** Slices of 4 MB: a few thousand rows each, and a progress message per slice. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** The last GeoJSON read, so the import does not parse the file a second time. */
let lastGeoJson: { file: File; table: TableContent } | null = null;

const post = (message: FromImportWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/** A byte-order mark says UTF-16; text that is not UTF-8 is taken as a Persian Windows export. */
function encodingOf(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1256';
  }
}

async function readGeoJsonFile(file: File, encoding: TextEncoding) {
  const text = new TextDecoder(encoding).decode(await file.arrayBuffer());
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error('the file is not valid JSON');
  }
  return readGeoJson(body);
}

async function sniff(file: File): Promise<FileSample> {
  const head = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
  const encoding = encodingOf(head);
  const partial = file.size > SAMPLE_BYTES;
  const text = new TextDecoder(encoding).decode(head, { stream: partial });
  if (text.trimStart().startsWith('{')) {
    const content = await readGeoJsonFile(file, encoding);
    if (content.kind === 'areas') return content;
    lastGeoJson = { file, table: content };
    return { ...content, format: 'geojson', rows: content.rows.slice(0, SAMPLE_ROWS), encoding };
  }
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true, preview: SAMPLE_ROWS + 2 }).data;
  // The sample's last row may be cut short where the sample ends.
  if (partial && rows.length > SAMPLE_ROWS + 1) rows.pop();
  const [headers = [], ...data] = rows;
  return { kind: 'table', format: 'csv', headers, rows: data.slice(0, SAMPLE_ROWS), encoding };
}

async function importGeoJson(message: ImportFile, rows: FileRows) {
  const table =
    lastGeoJson && sameFile(lastGeoJson.file, message.file)
      ? lastGeoJson.table
      : await readGeoJsonFile(message.file, message.encoding);
  if (table.kind !== 'table') throw new Error('the file holds no points');
  rows.add(table.rows);
  lastGeoJson = null;
}

function importCsv(message: ImportFile, rows: FileRows): Promise<void> {
  const { file } = message;
  let bytes = 0;
  let header = true;
  return new Promise((resolve, reject) => {
    const stream = textStream(file, message.encoding, CHUNK_BYTES, (read) => (bytes = read));
    Papa.parse<string[]>(stream as unknown as File, {
      skipEmptyLines: true,
      chunk(results) {
        const data = header ? results.data.slice(1) : results.data;
        header = false;
        rows.add(data);
        post({ type: 'progress', id: message.id, bytes, total: file.size, rows: rows.rowCount });
      },
      complete: () => resolve(),
      error: (error) => reject(error),
    });
  });
}

async function importFile(message: ImportFile) {
  const rows = new FileRows(message.plan);
  if (message.format === 'geojson') await importGeoJson(message, rows);
  else await importCsv(message, rows);
  const { decoded, ...summary } = rows.finish();
  await putTable(message.tableKey, decoded);
  post(
    { type: 'imported', id: message.id, summary: { ...summary, kept: decoded.table.count }, decoded },
    decodedBuffers(decoded),
  );
}

async function readTable(id: number, tableKey: string) {
  const decoded = (await getTable(tableKey)) ?? null;
  post({ type: 'table', id, decoded }, decoded ? decodedBuffers(decoded) : []);
}

self.onmessage = async (event: MessageEvent<ToImportWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'sniff') post({ type: 'sniffed', id: message.id, sample: await sniff(message.file) });
    else if (message.type === 'read') await readTable(message.id, message.tableKey);
    else await importFile(message);
  } catch (error) {
    post({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) });
  }
};
