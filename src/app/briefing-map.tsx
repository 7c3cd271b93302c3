/**
 * The briefing's map of the period: the desk's request layers (the link's, or the desk's defaults) over
 * the selection's area, drawn once and kept as a picture (MapSnapshot), so print and the presenter never
 * hold a live WebGL map. The fiber, e-service and hexbin layers have sections or figures of their own.
 * On the briefing's screen the picture can be saved as the desk's map export, with its title band and legends.
 */
import { useMemo, useState } from 'react';
import type { AppConfig } from '../api/schemas';
import { areaBBox } from '../domain/geometry';
import type { CityData } from '../features/city/use-city-data';
import type { Selection } from '../features/districts/selection';
import { MapExportButton, type MapExportProps } from '../features/map-view/map-export';
import { MapSnapshot } from '../features/map-view/map-snapshot';
import { useMapStyle } from '../features/map-view/use-basemap-style';
import { useLayerContext } from '../features/map-view/use-layer-context';
import type { LayerId } from '../map/layers/layer-kit';
import type { MapPicture } from '../map/map-image';
import { useI18n } from '../ui/i18n-context';
import { useUiScale } from '../ui/use-ui-scale';
import type { FilterSpec, Loaded, QueryResult } from '../workers/request-protocol';

const OWN_SECTIONS: readonly LayerId[] = ['fiber', 'eservices', 'hexbin'];
/** The zoom the layers' sizes are chosen for: a district or the city fills the picture at about this. */
const PICTURE_ZOOM = 12;

export function BriefingMap(props: {
  config: AppConfig;
  city: CityData;
  selection: Selection;
  loaded: Loaded | undefined;
  result: QueryResult | null;
  cityFilter: FilterSpec;
  layers: readonly LayerId[];
  size: { width: number; height: number };
  label: string;
  /** What the saved picture says and how it is named; without it, the picture is not offered for download. */
  exportAs?: Omit<MapExportProps, 'picture' | 'activeLayers' | 'context'>;
  onDone: () => void;
}) {
  const { language } = useI18n();
  const { city, selection } = props;
  const uiScale = useUiScale();
  const districtId = selection.district?.id ?? null;
  const mapStyle = useMapStyle(city, language, uiScale, districtId, props.config.basemapStyleUrl);
  const context = useLayerContext({
    loaded: props.loaded,
    result: props.result,
    cityFilter: props.cityFilter,
    districts: city.districts,
    neighbourhoods: city.neighbourhoods,
    districtId,
    neighbourhoodId: null,
    language,
    zoom: PICTURE_ZOOM,
    uiScale,
  });
  const active = useMemo(() => props.layers.filter((id) => !OWN_SECTIONS.includes(id)), [props.layers]);
  const shape = selection.district && city.districts.features[selection.district.index]?.geometry;
  const bbox = shape ? areaBBox(shape) : city.city.bbox;
  const [picture, setPicture] = useState<MapPicture | null>(null);
  if (!mapStyle.style) return null;
  return (
    <>
      <MapSnapshot
        mapStyle={mapStyle.style}
        context={context}
        activeLayers={active}
        bbox={bbox}
        size={props.size}
        label={props.label}
        onCaptured={(taken) => {
          setPicture(taken);
          props.onDone();
        }}
        onFailed={props.onDone}
      />
      {props.exportAs && picture ? (
        <div className="briefing__screen-only">
          <MapExportButton
            {...props.exportAs}
            picture={() => Promise.resolve(picture)}
            activeLayers={active}
            context={context}
          />
        </div>
      ) : null}
    </>
  );
}
