/** Helpers for driving the control-room wall (`wall/`): its scenes and what it shows of its state. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DIST_DIR } from './static-server';

export interface WallScene {
  scene: string;
  seconds: number;
}

/** The built app's own config.json with the wall's settings (and any other field) replaced. */
export function wallConfig(wall: Record<string, unknown>, other: Record<string, unknown> = {}) {
  const built = JSON.parse(readFileSync(path.join(DIST_DIR, 'config.json'), 'utf8')) as Record<string, unknown>;
  return { ...built, ...other, wall };
}

/** The wall element's state as numbers and strings. */
export async function wallState(page: Page) {
  const app = page.getByTestId('app');
  const read = (name: string) => app.getAttribute(`data-${name}`);
  return {
    scene: await read('scene'),
    rotations: Number(await read('rotations')),
    failures: Number(await read('scene-failures')),
    stale: await read('stale'),
    fresh: (await read('fresh')) === 'true',
  };
}

/** Opens the wall at `query` and waits until it shows a scene with its map drawn (unless the map cannot be). */
export async function openWall(page: Page, baseUrl: string, query: string, { map = true } = {}) {
  await page.goto(new URL(`wall/${query}`, baseUrl).href);
  const ready = map ? '[data-state=ready][data-map-drawn=true]' : '[data-state=ready]';
  await page.locator(`[data-testid=app]${ready}`).waitFor({ timeout: 120_000 });
}

/**
 * What a wall must never show, in the scene on screen: text under `minPx`, a scrollbar, a cursor. Returns
 * the offending elements, described, so a failure says which.
 */
export function wallFaults(page: Page, minPx: number) {
  return page.evaluate((min) => {
    const faults: string[] = [];
    const describe = (e: Element) =>
      `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} «${(e.textContent ?? '').trim().slice(0, 40)}»`;
    for (const element of document.querySelectorAll('body *')) {
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const ownText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (ownText && Number.parseFloat(style.fontSize) < min - 0.5) {
        faults.push(`text of ${style.fontSize}: ${describe(element)}`);
      }
      const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
      if (
        (scrolls(style.overflowY) && element.scrollHeight > element.clientHeight + 1) ||
        (scrolls(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
      ) {
        faults.push(`scrolls: ${describe(element)}`);
      }
      if (style.cursor !== 'none') faults.push(`cursor ${style.cursor}: ${describe(element)}`);
    }
    const root = document.documentElement;
    if (root.scrollHeight > innerHeight || root.scrollWidth > innerWidth) faults.push('the page scrolls');
    return faults;
  }, minPx);
}
