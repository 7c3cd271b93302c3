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

/** A point on the map element, in pixels from its top left corner. */
export type ScreenPoint = [number, number];

export interface Reframe {
  /** The point of the map to keep in view: the middle of the part the panels left free. */
  from: ScreenPoint;
  /** Where it goes: the middle of the part they leave free now. */
  to: ScreenPoint;
  /** Zoom steps to add (never more than 0): out, when the free part has shrunk. */
  zoomBy: number;
}

function freeMiddle(size: { width: number; height: number }, p: Padding): ScreenPoint {
  return [(p.left + size.width - p.right) / 2, (p.top + size.height - p.bottom) / 2];
}

/**
 * How the view moves when the panels move over it — the language switch puts them on the other sides — so
 * that what lay in the free part of the map still does: the free part's middle moves with it, and the map
 * zooms out as much as the free part has shrunk. Panels that trade sides leave the same room, so a view fitted
 * to an area ends up fitted to it again, clear of the panels in their new places.
 */
export function reframe(size: { width: number; height: number }, before: Padding, after: Padding): Reframe {
  const room = (p: Padding) => ({
    width: Math.max(1, size.width - p.left - p.right),
    height: Math.max(1, size.height - p.top - p.bottom),
  });
  const [was, now] = [room(before), room(after)];
  const shrink = Math.min(1, now.width / was.width, now.height / was.height);
  return { from: freeMiddle(size, before), to: freeMiddle(size, after), zoomBy: Math.log2(shrink) };
}
