/**
 * The fiber network's length per district, all of it and the completed part, from the segments as the
 * city sends them: a segment without a district is placed by its geometry (see domain/fiber/fiber-length.ts).
 */
import { fiberSegmentInputs } from '../../api/fiber-segments';
import type { DistrictCollection, FiberSegmentCollection } from '../../api/schemas';
import { buildAreaIndex } from '../../domain/area-index';
import { fiberLengthByDistrict } from '../../domain/fiber/fiber-length';

export interface FiberLengths {
  /** Metres per district index: every segment, and the completed ones. */
  totalM: Float64Array;
  builtM: Float64Array;
  /** The whole network, metres (outside-the-districts parts included). */
  cityTotalM: number;
  cityBuiltM: number;
}

export function fiberByDistrict(fiber: FiberSegmentCollection, districts: DistrictCollection): FiberLengths {
  const index = buildAreaIndex(districts.features.map((f) => f.geometry));
  const { segments } = fiberSegmentInputs(
    fiber,
    districts.features.map((f) => f.properties.id),
  );
  const count = districts.features.length;
  const total = fiberLengthByDistrict(segments, index, count);
  const built = fiberLengthByDistrict(
    segments.filter((s) => s.status === 'completed'),
    index,
    count,
  );
  const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
  return {
    totalM: total.byDistrict,
    builtM: built.byDistrict,
    cityTotalM: sum(total.byDistrict) + total.outside,
    cityBuiltM: sum(built.byDistrict) + built.outside,
  };
}
