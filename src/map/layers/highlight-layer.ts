/** The requests the user is following (a distinct problem, or one request), ringed above every other layer. */
import { ScatterplotLayer } from '@deck.gl/layers';
import { HIGHLIGHT_COLOUR, hexToRgb } from '../palette';

export function highlightLayer(positions: Float32Array, scale: number) {
  return new ScatterplotLayer({
    id: 'focus-highlight',
    data: { length: positions.length / 2, attributes: { getPosition: { value: positions, size: 2 } } },
    radiusUnits: 'pixels',
    getRadius: 7 * scale,
    filled: false,
    stroked: true,
    getLineColor: [...hexToRgb(HIGHLIGHT_COLOUR), 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 2.5 * scale,
  });
}
