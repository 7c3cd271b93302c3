import { useSyncExternalStore } from 'react';

/** The type size the layout is drawn at on a 1440-pixel-wide desktop; styles.css scales it with the viewport. */
const DESKTOP_REM = 14;

function subscribe(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/**
 * Read once per window size: getComputedStyle in a render forces the browser to recompute styles first, which
 * costs milliseconds for every chart and layer that asks while a new set of figures is being rendered.
 */
let scale: number | undefined;

function read() {
  if (scale === undefined) {
    window.addEventListener('resize', () => (scale = undefined), { once: true });
    scale = (Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || DESKTOP_REM) / DESKTOP_REM;
  }
  return scale;
}

/**
 * How much larger than on a desktop the interface is drawn (2.6 on a 4K wall): for the pixel sizes that CSS
 * does not reach — chart heights, map labels, point radii.
 */
export function useUiScale(): number {
  return useSyncExternalStore(subscribe, read);
}
