/**
 * District and neighbourhood assignment for a million points. A raster of the city answers most points
 * with one array read: a cell that no area boundary touches belongs wholly to one area (or to none). Only
 * points in boundary cells fall back to exact point-in-polygon tests, against the few areas whose bounding
 * boxes hold the point (a Flatbush index).
 */
import Flatbush from 'flatbush';
import { areaBBox, pointInArea, type AreaShape, type BBox } from './geometry';
import { NO_AREA, type RequestTable } from './request-table';
import type { SetAside } from './set-aside';

/** Cell value: no area. */
const NONE = -1;
/** Cell value: a boundary crosses the cell; test exactly. */
const MIXED = -2;

export interface AreaIndex {
  /** Index of the area holding (lon, lat), or -1. */
  lookup: (lon: number, lat: number) => number;
}

/** Builds the index of a list of non-overlapping areas; `resolution` cells along the longer side. */
export function buildAreaIndex(areas: readonly AreaShape[], resolution = 512): AreaIndex {
  if (areas.length === 0) return { lookup: () => NONE };
  const boxes = areas.map(areaBBox);
  const tree = new Flatbush(areas.length);
  for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
  tree.finish();
  const exact = (lon: number, lat: number) => {
    for (const k of tree.search(lon, lat, lon, lat).sort((a, b) => a - b))
      if (pointInArea(lon, lat, areas[k]!)) return k;
    return NONE;
  };
  const grid = buildGrid(areas, unionBox(boxes), resolution, exact);
  return {
    lookup(lon, lat) {
      const cx = Math.floor((lon - grid.west) / grid.cellW);
      const cy = Math.floor((lat - grid.south) / grid.cellH);
      if (cx < 0 || cy < 0 || cx >= grid.cols || cy >= grid.rows) return NONE;
      const cell = grid.cells[cy * grid.cols + cx]!;
      return cell === MIXED ? exact(lon, lat) : cell;
    },
  };
}

function unionBox(boxes: BBox[]): BBox {
  return boxes.reduce<BBox>(
    (u, b) => [Math.min(u[0], b[0]), Math.min(u[1], b[1]), Math.max(u[2], b[2]), Math.max(u[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

interface Grid {
  west: number;
  south: number;
  cellW: number;
  cellH: number;
  cols: number;
  rows: number;
  cells: Int32Array;
}

function buildGrid(
  areas: readonly AreaShape[],
  box: BBox,
  resolution: number,
  exact: (lon: number, lat: number) => number,
): Grid {
  const width = box[2] - box[0] || 1e-9;
  const height = box[3] - box[1] || 1e-9;
  const cell = Math.max(width, height) / resolution;
  const cols = Math.ceil(width / cell) + 1;
  const rows = Math.ceil(height / cell) + 1;
  const grid: Grid = {
    west: box[0],
    south: box[1],
    cellW: cell,
    cellH: cell,
    cols,
    rows,
    cells: new Int32Array(cols * rows),
  };
  markBoundaries(areas, grid);
  for (let cy = 0; cy < rows; cy++) {
    for (let cx = 0; cx < cols; cx++) {
      const k = cy * cols + cx;
      // A cell no boundary touches lies wholly in one area or in none: its centre decides.
      if (grid.cells[k] !== MIXED) grid.cells[k] = exact(box[0] + (cx + 0.5) * cell, box[1] + (cy + 0.5) * cell);
    }
  }
  return grid;
}

/** Marks as MIXED every cell a ring edge passes through, conservatively (with the cells around it). */
function markBoundaries(areas: readonly AreaShape[], grid: Grid) {
  const mark = (x: number, y: number) => {
    const cx = Math.floor((x - grid.west) / grid.cellW);
    const cy = Math.floor((y - grid.south) / grid.cellH);
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const gx = cx + dx;
        const gy = cy + dy;
        if (gx >= 0 && gy >= 0 && gx < grid.cols && gy < grid.rows) grid.cells[gy * grid.cols + gx] = MIXED;
      }
    }
  };
  for (const area of areas) {
    const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
    for (const ring of polygons.flat()) {
      for (let i = 1; i < ring.length; i++) {
        const [x0, y0] = ring[i - 1]! as [number, number];
        const [x1, y1] = ring[i]! as [number, number];
        // Steps of half a cell, with the 3×3 neighbourhood marked, never skip a crossed cell.
        const steps = Math.max(1, Math.ceil((Math.hypot(x1 - x0, y1 - y0) / grid.cellW) * 2));
        for (let s = 0; s <= steps; s++) mark(x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps);
      }
    }
  }
}

/**
 * Fills the district and neighbourhood columns of the table. A request in no district is outside the
 * city: it keeps NO_AREA, is counted as set aside, and every filter leaves it out.
 */
export function assignAreas(
  table: RequestTable,
  districts: AreaIndex,
  neighbourhoods: AreaIndex,
  neighbourhoodDistrict: readonly number[],
): SetAside {
  for (let i = 0; i < table.count; i++) assignRow(table, i, districts, neighbourhoods, neighbourhoodDistrict);
  return outsideCity(table);
}

/** Fills the areas of the given rows only (the rows a change of the requests wrote). */
export function assignAreasOf(
  table: RequestTable,
  rows: ArrayLike<number>,
  districts: AreaIndex,
  neighbourhoods: AreaIndex,
  neighbourhoodDistrict: readonly number[],
): void {
  for (let k = 0; k < rows.length; k++) assignRow(table, rows[k]!, districts, neighbourhoods, neighbourhoodDistrict);
}

function assignRow(
  table: RequestTable,
  i: number,
  districts: AreaIndex,
  neighbourhoods: AreaIndex,
  neighbourhoodDistrict: readonly number[],
): void {
  const lon = table.lon[i]!;
  const lat = table.lat[i]!;
  const n = neighbourhoods.lookup(lon, lat);
  const d = n >= 0 && neighbourhoodDistrict[n]! >= 0 ? neighbourhoodDistrict[n]! : districts.lookup(lon, lat);
  table.neighbourhood[i] = n >= 0 ? n : NO_AREA;
  table.district[i] = d >= 0 ? d : NO_AREA;
}

/** The rows of an assigned table that lie in no district, as set aside. */
export function outsideCity(table: RequestTable): SetAside {
  let outside = 0;
  for (let i = 0; i < table.count; i++) if (table.district[i] === NO_AREA) outside++;
  return { total: outside, byReason: outside > 0 ? { outside_city: outside } : {} };
}
