/**
 * Messages between the page and the file-import worker, which reads a dropped file off the main thread:
 * first a sample (the header and first rows, for the mapping dialog), then — once the user has answered the
 * dialog — the whole file, with progress, into a request table it stores; and, on a later visit, that
 * stored table, read off the main thread (deserialising a million rows from IndexedDB takes seconds).
 */
import type { ImportPlan } from '../api/files/import-plan';
import type { FileRequests } from '../api/files/file-rows';
import type { DecodedRequests } from '../domain/request-table-builder';

/** Text encodings a file may come in: UTF-8, or what a Persian Windows export writes. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

/** How a table of requests is written: a CSV, or a GeoJSON of points. */
export type TableFormat = 'csv' | 'geojson';

export interface SniffFile {
  type: 'sniff';
  id: number;
  file: File;
}

export interface ImportFile {
  type: 'import';
  id: number;
  file: File;
  format: TableFormat;
  plan: ImportPlan;
  encoding: TextEncoding;
  /** The IndexedDB key the table is stored under. */
  tableKey: string;
}

/** Asks for a stored table: read (and deserialised) here, handed to the page without a copy. */
export interface ReadTable {
  type: 'read';
  id: number;
  tableKey: string;
}

export type ToImportWorker = SniffFile | ImportFile | ReadTable;

/** What a file holds: requests (a table of text cells, with its first rows), or areas (polygons). */
export type FileSample =
  | { kind: 'table'; format: TableFormat; headers: string[]; rows: string[][]; encoding: TextEncoding }
  | { kind: 'areas'; features: unknown[] };

export interface Sniffed {
  type: 'sniffed';
  id: number;
  sample: FileSample;
}

export interface ImportProgress {
  type: 'progress';
  id: number;
  /** Bytes of the file read so far, of `total`. */
  bytes: number;
  total: number;
  rows: number;
}

/** The file read and its table stored; the table comes along too (transferred), for its first load. */
export interface Imported {
  type: 'imported';
  id: number;
  summary: Omit<FileRequests, 'decoded'> & { kept: number };
  decoded: DecodedRequests;
}

export interface TableRead {
  type: 'table';
  id: number;
  /** Null when nothing is stored under the key. */
  decoded: DecodedRequests | null;
}

export interface ImportFailure {
  type: 'error';
  id: number;
  message: string;
}

export type FromImportWorker = Sniffed | ImportProgress | Imported | TableRead | ImportFailure;
