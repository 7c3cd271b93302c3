/**
 * The contract's fiber segments as the domain takes them (domain/fiber/network.ts): a district as its index
 * in the districts' order (−1 when the segment names none, or one the city does not have: it is then
 * placed by its geometry), a contractor as its index in the list of the names the segments give.
 */
import type { FiberSegmentInput } from '../domain/fiber/network';
import type { FiberSegmentCollection, LocalizedName } from './schemas';

export interface FiberSegmentsRead {
  segments: FiberSegmentInput[];
  /** Each contractor once, in the order the segments first name them. */
  contractors: LocalizedName[];
}

/** The segments of the collection, with `districtIds` the districts' ids in their order. */
export function fiberSegmentInputs(
  collection: FiberSegmentCollection,
  districtIds: readonly string[],
): FiberSegmentsRead {
  const district = new Map(districtIds.map((id, i) => [id, i]));
  const contractor = new Map<string, number>();
  const contractors: LocalizedName[] = [];
  const contractorIndex = (name: LocalizedName | undefined) => {
    if (!name) return -1;
    // Names are read into both languages: "Araz" and { en: "Araz" } are one contractor.
    const key = `${name.fa}\u0000${name.en}`;
    let index = contractor.get(key);
    if (index === undefined) {
      contractor.set(key, (index = contractors.length));
      contractors.push(name);
    }
    return index;
  };
  const segments = collection.features.map(({ properties: p, geometry }) => ({
    id: p.id,
    status: p.status,
    plannedStart: p.planned_start,
    plannedEnd: p.planned_end,
    startedAt: p.started_at ?? null,
    completedAt: p.completed_at,
    district: p.district_id === undefined ? -1 : (district.get(p.district_id) ?? -1),
    contractor: contractorIndex(p.contractor),
    lengthM: p.length_m,
    coordinates: geometry.coordinates,
  }));
  return { segments, contractors };
}
