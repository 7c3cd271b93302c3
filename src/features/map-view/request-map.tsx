/** The dashboard's map: the basemap plus every active layer from the registry, fed by the worker's load. */
import { useMemo } from 'react';
import type { PickingInfo } from '@deck.gl/core';
import type { StyleSpecification } from 'maplibre-gl';
import type { Service } from '../../api/schemas';
import type { BBox } from '../../domain/geometry';
import { stringAt } from '../../domain/string-column';
import { STAGES } from '../../domain/vocabulary';
import { AREA_LABEL_LAYERS } from '../../map/basemap-style';
import { CityMap, type CityMapProps, type MapView } from '../../map/city-map';
import type { AreaFeature } from '../../map/layers/area-layers';
import { holdsFigures, type LayerContext, type LayerId, type ShareArea } from '../../map/layers/layer-kit';
import { FIBER_SEGMENT_LAYER } from '../../map/layers/fiber-layers';
import { highlightLayer } from '../../map/layers/highlight-layer';
import { createLayers } from '../../map/layers/layer-registry';
import type { Format } from '../../ui/format';
import { useI18n, type I18n } from '../../ui/i18n-context';

export interface RequestMapProps {
  mapStyle: StyleSpecification | string;
  initialView: MapView;
  activeLayers: LayerId[];
  context: LayerContext;
  serviceCodes: string[];
  services: Service[];
  fitTo: { key: string; bbox: BBox } | null;
  format: Format;
  onViewChange: (view: MapView) => void;
  onSelectArea: (id: string) => void;
  /** A fiber segment was clicked: its index in the network's order. */
  onSelectSegment?: (index: number) => void;
  onFirstDraw: () => void;
  /** The data layers of the current figures are on screen. */
  onDataDrawn: () => void;
  /** Positions (lon, lat interleaved) to ring above every layer, or null. */
  highlight: Float32Array | null;
  /** Holds the map's camera, for a picture of it (see CityMapProps). */
  camera?: CityMapProps['camera'];
}

export function RequestMap(props: RequestMapProps) {
  const i18n = useI18n();
  const { context } = props;
  const layers = useMemo(
    () => [
      ...createLayers(props.activeLayers, context),
      ...(props.highlight ? [highlightLayer(props.highlight, context.uiScale)] : []),
    ],
    [props.activeLayers, context, props.highlight],
  );
  const names = useMemo(() => new Map(props.services.map((s) => [s.service_code, s.service_name])), [props.services]);
  const tooltip = (info: PickingInfo) =>
    describePick(info, i18n, props.format, props.context, (i) => {
      const code = props.serviceCodes[i] ?? '';
      return names.get(code)?.[i18n.language] ?? code;
    });
  return (
    <CityMap
      mapStyle={props.mapStyle}
      initialView={props.initialView}
      layers={layers}
      fitTo={props.fitTo}
      controlsCorner={i18n.dir === 'rtl' ? 'top-left' : 'top-right'}
      direction={i18n.dir}
      labelLayers={AREA_LABEL_LAYERS}
      camera={props.camera}
      tooltip={tooltip}
      onFirstDraw={props.onFirstDraw}
      onLayersDrawn={(drawn) => {
        if (drawn === layers && holdsFigures(context)) props.onDataDrawn();
      }}
      onViewChange={props.onViewChange}
      onPick={(info) => {
        if ((info.layer?.id === 'areas-choropleth' || info.layer?.id === 'eservices-shares') && info.object) {
          props.onSelectArea((info.object as AreaFeature).properties.id);
        }
        if (info.layer?.id === FIBER_SEGMENT_LAYER && typeof info.object === 'number') {
          props.onSelectSegment?.(info.object);
        }
      }}
    />
  );
}

/** The tooltip's text: plain text only, API strings are never rendered as HTML. */
function describePick(
  info: PickingInfo,
  { t }: I18n,
  format: Format,
  { requests, countBy, areas, fiberView }: Pick<LayerContext, 'requests' | 'countBy' | 'areas' | 'fiberView'>,
  serviceName: (index: number) => string,
): string | null {
  if (!info.picked || !info.layer) return null;
  switch (info.layer.id) {
    case 'areas-choropleth': {
      const id = (info.object as AreaFeature).properties.id;
      const area = areas.find((a) => a.id === id);
      if (!area) return null;
      if (area.population === null)
        return t(`tooltip.area.count.${countBy}`, { name: area.name, count: format.number(area.count) });
      return t(`tooltip.area.${countBy}`, {
        name: area.name,
        count: format.number(area.count),
        rate: format.number(area.rate, { maximumFractionDigits: 1 }),
      });
    }
    case 'requests-points': {
      if (!requests || info.index < 0) return null;
      const i = info.index;
      return [
        t('tooltip.request', { id: stringAt(requests.ids, i) }),
        serviceName(requests.service[i]!),
        t(`stage.${STAGES[requests.stage[i]!]!}`),
        t('tooltip.requested', { date: format.date(requests.requestedAt[i]!) }),
      ].join('\n');
    }
    case 'requests-hexbin': {
      const counts = (info.layer.props.data as { counts?: Uint32Array }).counts;
      const count = counts?.[info.index];
      return count === undefined ? null : `${t(`kpi.total.${countBy}`)}: ${format.number(count)}`;
    }
    case FIBER_SEGMENT_LAYER: {
      const p = fiberView?.features[info.object as number]?.properties;
      if (!p) return null;
      return `${t(`fiber.${p.status}`)} · ${format.number(Math.round(p.length_m))} m`;
    }
    case 'eservices-shares': {
      const area = (info.object as { properties: ShareArea }).properties;
      const count = area.online + area.inPerson;
      return area.share === null
        ? t('tooltip.eservices.none', { name: area.name })
        : t('tooltip.eservices', {
            name: area.name,
            share: format.number(area.share, { style: 'percent', maximumFractionDigits: 1 }),
            count: format.number(count),
          });
    }
    default:
      return null;
  }
}
