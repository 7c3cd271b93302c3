/**
 * The wall's last screen, kept across the page's scheduled reload: the city, the requests as the map draws
 * them, the figures of every scene and the scene on screen. Written just before the reload and taken
 * (read once and forgotten) at start-up, so the reloaded wall shows the same scene at once, marked with the
 * time of its data, while the worker loads the requests again behind it.
 */
import type { CityData } from '../city/city-source';
import type { FiberFigures } from '../fiber/fiber-model';
import type { RolloutView, ScopeEServices } from '../eservices/eservice-view';
import type { EServiceAreas } from '../../map/layers/layer-kit';
import type { Loaded, QueryResult } from '../../workers/request-protocol';
import { done, request } from '../../workers/idb';

export interface WallCache {
  /** The source the data came from: a cache of another source is never shown. */
  source: string;
  /** The scene on screen when the page reloaded, as an index into config.json's `wall.scenes`. */
  scene: number;
  /** When the data was last loaded, epoch milliseconds: the screen says how old what it shows is. */
  dataAsOf: number;
  city: CityData;
  loaded: Loaded;
  result: QueryResult;
  fiber: FiberFigures | null;
  eservices: { scope: ScopeEServices; rollout: RolloutView; areas: EServiceAreas | null } | null;
}

const DB_NAME = 'shahrnama-wall';
const STORE = 'screens';
const LAST = 'last';

function open(): Promise<IDBDatabase> {
  const opening = indexedDB.open(DB_NAME, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
  return request(opening);
}

async function withStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T> | T): Promise<T> {
  const db = await open();
  try {
    const transaction = db.transaction(STORE, mode);
    const result = await work(transaction.objectStore(STORE));
    await done(transaction);
    return result;
  } finally {
    db.close();
  }
}

/** Keeps the screen (typed arrays as they are: a structured clone copies a buffer, it does not encode it). */
export function saveWallCache(cache: WallCache): Promise<void> {
  return withStore('readwrite', (store) => void store.put(cache, LAST));
}

/** The screen kept for `source`, forgotten as it is read; null when there is none or it cannot be read. */
export async function takeWallCache(source: string): Promise<WallCache | null> {
  try {
    const cache = await withStore('readwrite', async (store) => {
      const kept = (await request(store.get(LAST))) as WallCache | undefined;
      store.delete(LAST);
      return kept;
    });
    return cache && cache.source === source ? cache : null;
  } catch {
    // A browser without IndexedDB (a private window, a full disk) loads the wall the long way.
    return null;
  }
}
