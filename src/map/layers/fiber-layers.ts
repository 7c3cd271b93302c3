/**
 * The fiber network drawn at an instant: each segment coloured by its playback state (planned, under
 * construction, completed; late ones ringed), the districts that will miss their target outlined. The
 * segments' paths are laid out once per load; a playback frame writes the states and changes `frame`, so
 * deck.gl recomputes the colour attributes alone (updateTriggers), never the geometry.
 */
import type { Layer } from '@deck.gl/core';
import { PathStyleExtension } from '@deck.gl/extensions';
import { GeoJsonLayer, PathLayer } from '@deck.gl/layers';
import type { FiberSegment } from '../../api/schemas';
import { COMPLETED, LATE, PHASE_MASK, PLANNED, UNDER_CONSTRUCTION } from '../../domain/fiber/playback';
import type { AreaShape } from '../../domain/geometry';
import type { MessageKey } from '../../i18n/translate';
import { FIBER_LATE_COLOUR, FIBER_MISS_COLOUR, SEGMENT_COLOURS, hexToRgb } from '../palette';

export interface FiberLayerView {
  /** The segments as the API sent them (one array per load: deck.gl compares data by reference). */
  features: FiberSegment[];
  /** Each segment's playback state at the instant, in the features' order. */
  states: Uint8Array;
  /** The instant the states are of: a new value recolours the segments. */
  frame: number;
  /** The districts whose likely finish is after their target (one array per set of figures). */
  missingTarget: { type: 'Feature'; geometry: AreaShape; properties: { id: string } }[];
}

type Rgba = [number, number, number, number];
const CLEAR: Rgba = [0, 0, 0, 0];
const rgba = (hex: string, alpha: number): Rgba => [...hexToRgb(hex), alpha];
const PLANNED_RGBA = rgba(SEGMENT_COLOURS.planned, 200);
const WORK_RGBA: Record<number, Rgba> = {
  [UNDER_CONSTRUCTION]: rgba(SEGMENT_COLOURS.under_construction, 235),
  [COMPLETED]: rgba(SEGMENT_COLOURS.completed, 235),
};
const LATE_RGBA = rgba(FIBER_LATE_COLOUR, 230);
const MISS_RGBA = rgba(FIBER_MISS_COLOUR, 230);

const DASHES = new PathStyleExtension({ dash: true });
const pathOf = (f: FiberSegment) => f.geometry.coordinates as [number, number][];

/** Ids of the segment layers: a pick on any of them is a pick of segment `index`. */
export const FIBER_SEGMENT_LAYERS = ['fiber-segments-late', 'fiber-segments-planned', 'fiber-segments'];

/**
 * Bottom to top: the late ring (a wide line under the segment), planned segments dashed, then the work
 * (under construction and completed) solid, so built fiber is drawn over planned.
 */
export function fiberLayers(view: FiberLayerView, uiScale: number): Layer[] {
  const { features, states, frame } = view;
  const segments = (id: string, width: number, colour: (state: number) => Rgba, dashed = false) =>
    new PathLayer<FiberSegment>({
      id,
      data: features,
      getPath: pathOf,
      widthUnits: 'pixels',
      getWidth: width * uiScale,
      capRounded: true,
      getColor: (_: FiberSegment, { index }: { index: number }) => colour(states[index]!),
      updateTriggers: { getColor: frame },
      pickable: true,
      ...(dashed ? { getDashArray: [3, 2], dashJustified: true, extensions: [DASHES] } : {}),
    });
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
    segments('fiber-segments-late', 8, (s) => (s & LATE ? LATE_RGBA : CLEAR)),
    segments('fiber-segments-planned', 2.5, (s) => ((s & PHASE_MASK) === PLANNED ? PLANNED_RGBA : CLEAR), true),
    segments('fiber-segments', 3.5, (s) => WORK_RGBA[s & PHASE_MASK] ?? CLEAR),
  ];
}

/** The fiber legend's entries: the three phases, the late ring, the districts that will miss their target. */
export const FIBER_LEGEND_ITEMS: { colour: string; label: MessageKey; dashed?: boolean; outline?: boolean }[] = [
  { colour: SEGMENT_COLOURS.completed, label: 'fiber.completed' },
  { colour: SEGMENT_COLOURS.under_construction, label: 'fiber.under_construction' },
  { colour: SEGMENT_COLOURS.planned, label: 'fiber.planned', dashed: true },
  { colour: FIBER_LATE_COLOUR, label: 'fiber.legend.late', outline: true },
  { colour: FIBER_MISS_COLOUR, label: 'fiber.legend.missingTarget', dashed: true, outline: true },
];
