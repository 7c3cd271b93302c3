import type { BBox } from '../../domain/geometry';

/** What the map flies to and highlights: a distinct problem's requests or one request. */
export type MapFocus = ({ kind: 'problem'; id: number } | { kind: 'request'; id: string }) & {
  /** lon, lat interleaved. */
  positions: Float32Array;
};

/** Margin around a focus (about 130 m), so a single request is shown with its street. */
const MARGIN_DEG = 0.0012;

export function focusBBox(focus: MapFocus): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < focus.positions.length; i += 2) {
    const lon = focus.positions[i]!;
    const lat = focus.positions[i + 1]!;
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  }
  return [box[0] - MARGIN_DEG, box[1] - MARGIN_DEG, box[2] + MARGIN_DEG, box[3] + MARGIN_DEG];
}
