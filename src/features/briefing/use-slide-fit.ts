/**
 * A slide whose section is taller or wider than the slide is shown whole, smaller: the section is scaled
 * down with CSS `zoom` by as much as it overflows, and narrowed by as much, so it is laid out at the width
 * it was measured at (wider, a chart whose height follows its width would grow back taller). Not with a
 * transform: the slide would still hold the unscaled box and count it as overflow. Charts and
 * the map's picture keep the pixel sizes they were drawn at, so a small projector's slide would otherwise
 * cut them. It is measured again whenever the slide or the section changes size (a chart drawn after the
 * first layout) and when the web fonts are in.
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useSlideFit(slide: RefObject<HTMLElement | null>, shown: boolean): void {
  useLayoutEffect(() => {
    const box = slide.current;
    const section = box?.firstElementChild;
    if (!shown || !box || !(section instanceof HTMLElement)) return;
    let live = true;
    const overflow = () =>
      Math.min(1, box.clientHeight / box.scrollHeight, box.clientWidth / Math.max(box.scrollWidth, 1));
    const fit = () => {
      if (!live) return;
      section.style.removeProperty('zoom');
      section.style.removeProperty('inline-size');
      section.style.removeProperty('min-block-size');
      // Zoomed text lines round to whole pixels, so a scale that fits on paper may still leave a pixel or
      // two over: scaled again by what is left, a few times at most.
      for (let zoom = 1, k = 0, scale = overflow(); scale < 1 && k < 4; k++, scale = overflow()) {
        // Rounded down, so the scaled section never ends a fraction of a pixel past the slide.
        zoom = Math.floor(zoom * scale * 1000) / 1000;
        section.style.setProperty('zoom', String(zoom));
        section.style.setProperty('inline-size', `${zoom * 100}%`);
        // Its height is its content's now; a slide's height in zoomed pixels would be too tall.
        section.style.setProperty('min-block-size', '0');
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    observer.observe(section);
    void document.fonts.ready.then(fit);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [slide, shown]);
}
