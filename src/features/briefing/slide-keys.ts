/**
 * The presenter's keys: what a keyboard and a presentation clicker send (the clicker sends Page Up and
 * Page Down). Arrows follow the reading direction: in a right-to-left briefing the next slide is to the left.
 */
export interface SlideKey {
  key: string;
  shiftKey?: boolean;
}

/**
 * The slide (1-based) a key moves to from `current` of `count` slides, kept within them; null when the key
 * does not move slides (the page leaves it to the browser).
 */
export function slideAfterKey(event: SlideKey, current: number, count: number, dir: 'rtl' | 'ltr'): number | null {
  const clamp = (slide: number) => Math.min(Math.max(slide, 1), Math.max(count, 1));
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (event.key) {
    case forward:
    case 'ArrowDown':
    case 'PageDown':
      return clamp(current + 1);
    case back:
    case 'ArrowUp':
    case 'PageUp':
      return clamp(current - 1);
    case ' ':
      return clamp(current + (event.shiftKey ? -1 : 1));
    case 'Home':
      return 1;
    case 'End':
      return clamp(count);
    default:
      return null;
  }
}

/** The slide a link asks for, within the slides there are: the first when it names none. */
export function shownSlide(asked: number | null, count: number): number {
  return Math.min(Math.max(asked ?? 1, 1), Math.max(count, 1));
}
