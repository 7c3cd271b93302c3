/**
 * The dropped data set kept in IndexedDB until the user clears it: its description (small, read at
 * start-up) and its request table (typed arrays, stored as they are: a structured clone of a buffer is
 * a copy, not a serialisation). The file-import worker writes the table; the page reads it to load it.
 */
import type { StoredDataset } from '../api/files/stored-dataset';
import type { DecodedRequests } from '../domain/request-table-builder';
import { done, request } from './idb';

const DB_NAME = 'shahrnama-files';
const DATASETS = 'datasets';
const TABLES = 'tables';
/** The one data set shown: a new drop replaces it. */
const CURRENT = 'current';

function open(): Promise<IDBDatabase> {
  const opening = indexedDB.open(DB_NAME, 1);
  opening.onupgradeneeded = () => {
    opening.result.createObjectStore(DATASETS);
    opening.result.createObjectStore(TABLES);
  };
  return request(opening);
}

async function withStores<T>(
  mode: IDBTransactionMode,
  work: (datasets: IDBObjectStore, tables: IDBObjectStore) => Promise<T> | T,
): Promise<T> {
  const db = await open();
  try {
    const transaction = db.transaction([DATASETS, TABLES], mode);
    const result = await work(transaction.objectStore(DATASETS), transaction.objectStore(TABLES));
    await done(transaction);
    return result;
  } finally {
    db.close();
  }
}

/** Stores a table under a key of its own (it becomes current with `putDataset`). */
export function putTable(key: string, decoded: DecodedRequests): Promise<void> {
  return withStores('readwrite', (_, tables) => void tables.put(decoded, key));
}

export function getTable(key: string): Promise<DecodedRequests | undefined> {
  return withStores('readonly', (_, tables) => request(tables.get(key) as IDBRequest<DecodedRequests | undefined>));
}

/** Makes a data set the current one; every other table goes. */
export function putDataset(dataset: StoredDataset): Promise<void> {
  return withStores('readwrite', async (datasets, tables) => {
    const keys = await request(tables.getAllKeys());
    for (const key of keys) if (key !== dataset.tableKey) tables.delete(key);
    datasets.put(dataset, CURRENT);
  });
}

export function getDataset(): Promise<StoredDataset | undefined> {
  return withStores('readonly', (datasets) => request(datasets.get(CURRENT) as IDBRequest<StoredDataset | undefined>));
}

/** Forgets the dropped data set: the city's API is shown again. */
export function clearDatasets(): Promise<void> {
  return withStores('readwrite', (datasets, tables) => {
    datasets.clear();
    tables.clear();
  });
}
