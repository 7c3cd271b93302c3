/**
 * Room to leave around an area the map is fitted to, so that it is not drawn under the panels floating over
 * the map. Measured from the panels as laid out, rather than repeating the stylesheet's widths: the same in
 * both reading directions and at every interface scale.
 */

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The horizontal extent of a box in page pixels (what getBoundingClientRect gives). */
export interface Span {
  left: number;
  right: number;
}

/**
 * `margin` on every side, widened on the left and right to clear each overlay: an overlay whose middle lies
 * left of the map's middle covers the map from the left, any other from the right. Empty overlays are ignored.
 */
export function paddingClearOf(map: Span, overlays: readonly Span[], margin: number): Padding {
  const padding = { top: margin, bottom: margin, left: margin, right: margin };
  for (const o of overlays) {
    if (o.right <= o.left) continue;
    if (o.left + o.right < map.left + map.right) padding.left = Math.max(padding.left, o.right - map.left + margin);
    else padding.right = Math.max(padding.right, map.right - o.left + margin);
  }
  return padding;
}
