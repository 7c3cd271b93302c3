/**
 * Everything the desk shows of the fiber rollout, from one place: the network and its figures at now, the
 * playback's instant (the URL's `at`), the layer's view at that instant and the segment clicked on the map.
 */
import { useCallback, useMemo, useState } from 'react';
import type { DistrictCollection } from '../../api/schemas';
import { LATE } from '../../domain/fiber/playback';
import type { FiberLayerView } from '../../map/layers/fiber-layers';
import type { CitySource } from '../city/city-source';
import { districtsMissingTarget } from './fiber-model';
import type { SegmentFacts } from './segment-details';
import { useFiber, type FiberClock } from './use-fiber';
import { useFiberPlayback } from './use-fiber-playback';

export function useFiberRollout(
  source: CitySource,
  districts: DistrictCollection,
  enabled: boolean,
  clock: FiberClock,
  at: string | null,
  onDay: (day: string | null) => void,
) {
  const { status, model, figures } = useFiber(source, districts, enabled, clock);
  const playback = useFiberPlayback(model, at, clock.now, clock.timeZone, onDay);
  const missing = useMemo(
    () =>
      figures
        ? districtsMissingTarget(figures.forecasts).map(({ district }) => ({
            type: 'Feature' as const,
            geometry: districts.features[district]!.geometry,
            properties: { id: districts.features[district]!.properties.id },
          }))
        : [],
    [figures, districts],
  );
  const frame = playback?.t ?? 0;
  const layerView = useMemo<FiberLayerView | null>(
    () =>
      model
        ? { features: model.features, order: model.drawOrder, states: model.states, frame, missingTarget: missing }
        : null,
    [model, frame, missing],
  );
  const [selected, setSelected] = useState<number | null>(null);
  const select = useCallback((index: number | null) => setSelected(index), []);
  const segment = useMemo<SegmentFacts | null>(() => {
    if (!model || selected === null || selected >= model.network.count) return null;
    const district = model.network.district[selected]!;
    return {
      feature: model.features[selected]!,
      district: district >= 0 ? districts.features[district]!.properties.name : null,
      late: (model.states[selected]! & LATE) !== 0,
    };
    // The states change in place with the frame: the details follow it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, selected, districts, frame]);
  return { status, model, figures, playback, layerView, segment, select } as const;
}
