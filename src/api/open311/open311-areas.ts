/**
 * The districts and neighbourhoods of an Open311 city: GeoJSON files the city publishes for its own use,
 * with whatever properties it has. config.json names the properties of the id, the name, the population
 * and (for a neighbourhood) its district; each feature is read into the contract's area properties, and
 * then as every area collection is, feature by feature (areas.ts).
 */
import pointOnFeature from '@turf/point-on-feature';
import { z } from 'zod';
import { pointInArea } from '../../domain/geometry';
import { readAreas, type AreaReading } from '../areas';
import {
  AreaGeometry,
  Id,
  Name,
  type DistrictFeature,
  type NeighbourhoodFeature,
  type Open311Source,
} from '../schemas';

export type AreaPropertyNames = Pick<
  Open311Source,
  'idProperty' | 'nameProperty' | 'populationProperty' | 'districtProperty'
>;

/** A name property may hold a number (district "3" written as 3). */
const NameValue = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().min(1));

/** A population: a count, or a count written as text; null or absent is no population. */
const Population = z
  .union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)])
  .pipe(z.number().int().nonnegative())
  .nullish()
  .transform((v) => v ?? undefined);

/**
 * The schema of one feature of the city's file, read into `properties`' contract form. The properties are
 * checked under the names the city uses, so a set-aside feature's reason names the city's own property.
 */
function propertiesOf(names: AreaPropertyNames, withDistrict: boolean) {
  const name = names.nameProperty;
  const fields: Record<string, z.ZodType> = {
    [names.idProperty]: Id,
    [names.populationProperty]: Population,
    ...(typeof name === 'string'
      ? { [name]: NameValue }
      : { [name.fa]: NameValue.optional(), [name.en]: NameValue.optional() }),
    ...(withDistrict ? { [names.districtProperty]: Id.nullish() } : {}),
  };
  return z.object(fields).transform((p, context) => {
    const parsedName = Name.safeParse(typeof name === 'string' ? p[name] : { fa: p[name.fa], en: p[name.en] });
    if (!parsedName.success) {
      context.addIssue({ code: 'custom', message: `a name needs ${JSON.stringify(name)}` });
      return z.NEVER;
    }
    const population = p[names.populationProperty] as number | undefined;
    return {
      id: p[names.idProperty] as string,
      name: parsedName.data,
      ...(population === undefined ? {} : { population }),
      district_id: withDistrict ? ((p[names.districtProperty] as string | null | undefined) ?? null) : null,
    };
  });
}

function featureOf(names: AreaPropertyNames, withDistrict: boolean) {
  return z.object({
    type: z.literal('Feature'),
    properties: propertiesOf(names, withDistrict),
    geometry: AreaGeometry,
  });
}

/** The districts of the city's file. */
export function readOpen311Districts(body: unknown, names: AreaPropertyNames): AreaReading<DistrictFeature> {
  const feature = featureOf(names, false).transform(
    ({ type, properties: { district_id: _, ...properties }, geometry }): DistrictFeature => ({
      type,
      properties,
      geometry,
    }),
  );
  return readAreas(body, feature);
}

/**
 * The neighbourhoods of the city's file. One without a district property lies in the district around a
 * point inside it; one in no district is set aside (it could not be reached by drilling down).
 */
export function readOpen311Neighbourhoods(
  body: unknown,
  names: AreaPropertyNames,
  districts: readonly DistrictFeature[],
): AreaReading<NeighbourhoodFeature> {
  const feature = featureOf(names, true).transform(({ type, properties, geometry }, context): NeighbourhoodFeature => {
    const district_id = properties.district_id ?? districtAround(geometry, districts);
    if (district_id === null) {
      context.addIssue({
        code: 'custom',
        path: ['properties', names.districtProperty],
        message: 'none given, and it lies in no district',
      });
      return z.NEVER;
    }
    return { type, properties: { ...properties, district_id }, geometry };
  });
  return readAreas(body, feature);
}

function districtAround(geometry: AreaGeometry, districts: readonly DistrictFeature[]): string | null {
  const point = pointOnFeature({ type: 'Feature', properties: {}, geometry }).geometry.coordinates;
  return districts.find((d) => pointInArea(point[0]!, point[1]!, d.geometry))?.properties.id ?? null;
}
