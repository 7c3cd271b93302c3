/**
 * The fiber network drawn at an instant: each segment coloured by its playback state (planned, under
 * construction, completed; late ones dashed), the districts that will miss their target outlined. The
 * segments' paths are laid out once per load; a playback frame writes the states and changes `frame`, so
 * deck.gl recomputes the state attributes alone (updateTriggers), never the geometry.
 */
import type { Layer } from '@deck.gl/core';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { GeoJsonLayer, PathLayer } from '@deck.gl/layers';
import type { FiberSegment } from '../../api/schemas';
import { COMPLETED, LATE, PHASE_MASK, PLANNED, UNDER_CONSTRUCTION } from '../../domain/fiber/playback';
import type { AreaShape } from '../../domain/geometry';
import type { MessageKey } from '../../i18n/translate';
import { FIBER_MISS_COLOUR, SEGMENT_COLOURS, hexToRgb } from '../palette';

export interface FiberLayerView {
  /** The segments as the API sent them, in the network's order. */
  features: FiberSegment[];
  /**
   * Indexes of the segments in drawing order (the layer's data, one array per load: deck.gl compares data
   * by reference): the latest built first, so at every instant each completed segment is drawn over every
   * segment not yet built.
   */
  order: number[];
  /** Each segment's playback state at the instant, in the network's order. */
  states: Uint8Array;
  /** The instant the states are of: a new value recomputes the state attributes. */
  frame: number;
  /** The districts whose likely finish is after their target (one array per set of figures). */
  missingTarget: { type: 'Feature'; geometry: AreaShape; properties: { id: string } }[];
}

type Rgba = [number, number, number, number];
const rgba = (hex: string, alpha: number): Rgba => [...hexToRgb(hex), alpha];
const PHASE_RGBA: Record<number, Rgba> = {
  [PLANNED]: rgba(SEGMENT_COLOURS.planned, 190),
  [UNDER_CONSTRUCTION]: rgba(SEGMENT_COLOURS.under_construction, 240),
  [COMPLETED]: rgba(SEGMENT_COLOURS.completed, 240),
};
const PHASE_WIDTH: Record<number, number> = { [PLANNED]: 2, [UNDER_CONSTRUCTION]: 3, [COMPLETED]: 3.5 };
/** A late segment is dashed (in its phase's colour); [0, 0] is a solid line. */
const LATE_DASH: [number, number] = [2.5, 1.5];
const SOLID: [number, number] = [0, 0];
const MISS_RGBA = rgba(FIBER_MISS_COLOUR, 230);
const DASHES = new PathStyleExtension({ dash: true });

/** Id of the segments' layer: a pick there is of the segment whose index is the picked object. */
export const FIBER_SEGMENT_LAYER = 'fiber-segments';

/**
 * The segments as one path layer (its geometry laid out once per load) whose colour, width and dash follow
 * the state at the instant, over the dashed outlines of the districts that will miss their target. One
 * layer, not one per phase: in software GL each drawn path costs its vertices whatever its colour.
 */
export function fiberLayers(view: FiberLayerView, uiScale: number): Layer[] {
  const { features, states, frame } = view;
  return [
    new GeoJsonLayer({
      id: 'fiber-missing-target',
      data: view.missingTarget as never,
      filled: false,
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 3 * uiScale,
      getLineColor: MISS_RGBA,
      getDashArray: [4, 3],
      dashJustified: true,
      extensions: [DASHES],
    }),
    new PathLayer<number, PathStyleExtensionProps<number>>({
      id: FIBER_SEGMENT_LAYER,
      data: view.order,
      getPath: (i) => features[i]!.geometry.coordinates as [number, number][],
      widthUnits: 'pixels',
      widthScale: uiScale,
      getWidth: (i) => PHASE_WIDTH[states[i]! & PHASE_MASK]!,
      getColor: (i) => PHASE_RGBA[states[i]! & PHASE_MASK]!,
      getDashArray: (i) => (states[i]! & LATE ? LATE_DASH : SOLID),
      dashJustified: true,
      // A click on a late segment's gap picks it too.
      dashGapPickable: true,
      extensions: [DASHES],
      updateTriggers: { getColor: frame, getWidth: frame, getDashArray: frame },
      pickable: true,
    }),
  ];
}

/** The fiber legend's entries: the three phases, late segments dashed, the districts that will miss their target. */
export const FIBER_LEGEND_ITEMS: { colour: string; label: MessageKey; dashed?: boolean; outline?: boolean }[] = [
  { colour: SEGMENT_COLOURS.completed, label: 'fiber.completed' },
  { colour: SEGMENT_COLOURS.under_construction, label: 'fiber.under_construction' },
  { colour: SEGMENT_COLOURS.planned, label: 'fiber.planned' },
  { colour: SEGMENT_COLOURS.under_construction, label: 'fiber.legend.late', dashed: true, outline: true },
  { colour: FIBER_MISS_COLOUR, label: 'fiber.legend.missingTarget', dashed: true, outline: true },
];
