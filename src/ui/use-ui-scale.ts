import { useSyncExternalStore } from 'react';

/** The type size the layout is drawn at on a 1440-pixel-wide desktop; styles.css scales it with the viewport. */
const DESKTOP_REM = 14;

function subscribe(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

function read() {
  return (Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || DESKTOP_REM) / DESKTOP_REM;
}

/**
 * How much larger than on a desktop the interface is drawn (2.6 on a 4K wall): for the pixel sizes that CSS
 * does not reach — chart heights, map labels, point radii.
 */
export function useUiScale(): number {
  return useSyncExternalStore(subscribe, read);
}
