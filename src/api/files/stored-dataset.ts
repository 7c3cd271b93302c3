/**
 * A dropped data set as it is kept between visits (IndexedDB): everything the dashboard needs to show it
 * again without the files — the categories, the areas, the zone — beside its request table, stored
 * apart under `tableKey` (the table is read by the request worker's loader only, the rest at start-up).
 */
import type { BBox } from '../../domain/geometry';
import type { CalendarName, DistrictCollection, NeighbourhoodCollection, Service } from '../schemas';
import type { AreaSetAside } from '../areas';

export interface StoredDataset {
  /** Names of the dropped files, the requests' first. */
  fileNames: string[];
  /** When it was read, epoch milliseconds: with the names, what tells two drops of one file apart. */
  importedAt: number;
  tableKey: string;
  timeZone: string;
  calendar: CalendarName;
  services: Service[];
  /** The dropped polygons, or null when none were dropped (the districts are then the data's extent). */
  areas: { districts: DistrictCollection; neighbourhoods: NeighbourhoodCollection; setAside: AreaSetAside[] } | null;
  /** [west, south, east, north] of the kept requests; null when none was kept. */
  bbox: BBox | null;
  /** Earliest and latest request time kept, epoch seconds (NaN when none). */
  range: { from: number; to: number };
  /** Data rows in the file, kept and set aside. */
  rows: number;
}
