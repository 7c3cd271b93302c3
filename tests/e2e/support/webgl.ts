/** WebGL on demand in a page: a real context loss, through the WEBGL_lose_context extension. */
import type { Page } from 'playwright-core';

/** Drops the WebGL context of every canvas of the map; gives them back after `restoreAfterMs` unless null. */
export async function loseContexts(page: Page, restoreAfterMs: number | null): Promise<number> {
  return page.evaluate((after) => {
    const canvases = Array.from(document.querySelectorAll<HTMLCanvasElement>('[data-testid=map] canvas'));
    const extensions = canvases.flatMap((canvas) => {
      const gl = canvas.getContext('webgl2');
      const extension = gl?.getExtension('WEBGL_lose_context');
      return extension ? [extension] : [];
    });
    for (const extension of extensions) extension.loseContext();
    if (after !== null) setTimeout(() => extensions.forEach((e) => e.restoreContext()), after);
    return extensions.length;
  }, restoreAfterMs);
}

/** Makes the browser refuse WebGL, as one without a GPU driver or with WebGL turned off does. */
export async function refuseWebgl(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/.test(type)) return null;
      return (getContext as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof getContext;
  });
}
