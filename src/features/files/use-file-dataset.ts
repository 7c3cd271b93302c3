/** The file data set store as React sees it: one store per app, and its two slices as subscriptions. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { FileDatasetStore, type DatasetShown, type FileDatasetEvents, type FilesStep } from './file-dataset-store';

/** The app's store, made once: `events` are those of the first render (the app's only set the URL). */
export function useFileDatasetStore(events: FileDatasetEvents): FileDatasetStore {
  const [store] = useState(() => new FileDatasetStore(events));
  useEffect(() => () => store.dispose(), [store]);
  return store;
}

export function useDatasetShown(store: FileDatasetStore): DatasetShown {
  return useSyncExternalStore(store.subscribe, store.shown);
}

export function useFilesStep(store: FileDatasetStore): FilesStep {
  return useSyncExternalStore(store.subscribe, store.step);
}
