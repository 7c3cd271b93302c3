/**
 * The wall stays flat over time. It runs at speed — every scene a second, a refresh every second, the demo
 * city getting a new request every second (and closing an open one every other) — for at least 500
 * rotations and 500 refreshes, and the JS heap after garbage collection, the DOM's nodes, its event
 * listeners and the WebGL contexts must stay within 10 % of their level after warm-up. The figures are
 * written to bench/wall-soak.json (the README points to it).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WALL_SCENES } from '../../src/domain/wall/scenes';
import { REPO_ROOT } from './support/static-server';
import { useBrowser, useDistServer } from './support/suite';
import { openWall, wallConfig, wallState } from './support/wall';

const ROTATIONS = 500;
const REFRESHES = 500;
/**
 * Rotations and refreshes before the level is taken: V8 compiles and optimises the code of every scene over
 * the first minutes (its compiled code is most of the heap's growth before then), so the level is that of a
 * page that has run a while, as a wall has.
 */
const WARM_UP = 90;
/** The scene every sample is taken on: the DOM of one scene is not that of another. */
const SAMPLED_SCENE = 'scoreboards';
/** The most any figure may grow over its warm-up level. */
const TOLERANCE = 0.1;

interface Sample {
  at: number;
  rotations: number;
  refreshes: number;
  heapBytes: number;
  /** Nodes in the document, elements and text: what the page shows. */
  domNodes: number;
  /**
   * Nodes Chromium keeps after the collection, detached ones included. Not held to the level: React keeps
   * the scene it just removed until its next commit, so a sample taken right after a scene change counts it.
   */
  retainedNodes: number;
  listeners: number;
  webglContexts: number;
  canvases: number;
}

/** Counts the page's loads of requests and the WebGL contexts it ever made (a context is never made twice). */
function instrument(page: Page) {
  return page.addInitScript(() => {
    const counts = { refreshes: 0, webglContexts: 0 };
    Object.assign(window, { soakCounts: counts });
    const fetch = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (/\/requests(\.arrow)?(\?|$)/.test(url)) counts.refreshes++;
      return fetch(input, init);
    };
    const seen = new WeakSet<object>();
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      const context = (getContext as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      if (context && /webgl/.test(type) && !seen.has(context)) {
        seen.add(context);
        counts.webglContexts++;
      }
      return context;
    } as typeof getContext;
  });
}

/** The JS heap after a full garbage collection: the smaller of two, so an allocation in flight is not counted. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  const sizes: number[] = [];
  for (let i = 0; i < 2; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    sizes.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
  }
  return Math.min(...sizes);
}

/**
 * The page's figures, on SAMPLED_SCENE, so the document's nodes are read in the same scene as the level
 * they are held to.
 */
async function sample(page: Page, cdp: CDPSession): Promise<Sample> {
  for (;;) {
    await page.locator(`[data-testid=app][data-scene=${SAMPLED_SCENE}]`).waitFor({ timeout: 30_000 });
    const heapBytes = await heapAfterGc(cdp);
    const dom = await cdp.send('Memory.getDOMCounters');
    const counts = (await page.evaluate(() => {
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let nodes = 0;
      while (walker.nextNode()) nodes++;
      return {
        ...(window as unknown as { soakCounts: { refreshes: number; webglContexts: number } }).soakCounts,
        canvases: document.querySelectorAll('canvas').length,
        nodes,
        // Read in the same task as the nodes: the scene they are of.
        scene: document.querySelector<HTMLElement>('[data-testid=app]')?.dataset.scene,
      };
    })) as { refreshes: number; webglContexts: number; canvases: number; nodes: number; scene?: string };
    if (counts.scene !== SAMPLED_SCENE) continue;
    return {
      at: Date.now(),
      rotations: (await wallState(page)).rotations,
      refreshes: counts.refreshes,
      heapBytes,
      domNodes: counts.nodes,
      retainedNodes: dom.nodes,
      listeners: dom.jsEventListeners,
      webglContexts: counts.webglContexts,
      canvases: counts.canvases,
    };
  }
}

describe('the wall over time', () => {
  const browser = useBrowser();
  const app = useDistServer({
    config: wallConfig(
      { scenes: WALL_SCENES.map((scene) => ({ scene, seconds: 1 })), reloadEveryMinutes: 10_080 },
      { refreshIntervalSeconds: 1 },
    ),
  });

  it(`keeps heap, DOM, listeners and WebGL contexts flat over ${ROTATIONS} rotations and ${REFRESHES} refreshes`, async () => {
    const { page } = await browser.open({ viewport: { width: 1920, height: 1080 } });
    await instrument(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await openWall(page, app.url, '?lang=fa&live=1');

    const started = Date.now();
    let current = await sample(page, cdp);
    while (current.rotations < WARM_UP || current.refreshes < WARM_UP) {
      await page.waitForTimeout(2000);
      current = await sample(page, cdp);
    }
    const warm = current;
    const samples: Sample[] = [warm];
    const newestAtWarm = await page.evaluate(() =>
      document.querySelector('[data-request]')?.getAttribute('data-request'),
    );
    while (current.rotations < warm.rotations + ROTATIONS || current.refreshes < warm.refreshes + REFRESHES) {
      await page.waitForTimeout(20_000);
      current = await sample(page, cdp);
      samples.push(current);
    }
    const end = current;
    const growth = (key: 'heapBytes' | 'domNodes' | 'listeners' | 'webglContexts') =>
      Math.max(...samples.map((s) => s[key])) / warm[key] - 1;
    const figures = {
      date: new Date().toISOString(),
      durationSeconds: Math.round((end.at - started) / 1000),
      scenes: '6, 1 s each',
      sampledOn: SAMPLED_SCENE,
      refreshIntervalSeconds: 1,
      rotations: end.rotations - warm.rotations,
      refreshes: end.refreshes - warm.refreshes,
      warmUp: warm,
      end,
      maxGrowth: {
        heap: growth('heapBytes'),
        domNodes: growth('domNodes'),
        listeners: growth('listeners'),
        webglContexts: growth('webglContexts'),
      },
      samples,
    };
    await writeFile(path.join(REPO_ROOT, 'bench', 'wall-soak.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`wall soak: ${JSON.stringify({ ...figures, samples: undefined, warmUp: undefined, end: undefined })}`);

    // The data changed under it: the newest request is another one than at warm-up.
    await page.locator('[data-testid=app][data-scene=density]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-request]').first().getAttribute('data-request')).not.toBe(newestAtWarm);
    expect(figures.rotations).toBeGreaterThanOrEqual(ROTATIONS);
    expect(figures.refreshes).toBeGreaterThanOrEqual(REFRESHES);
    expect((await wallState(page)).failures).toBe(0);
    expect(figures.maxGrowth.heap).toBeLessThan(TOLERANCE);
    expect(figures.maxGrowth.domNodes).toBeLessThan(TOLERANCE);
    expect(figures.maxGrowth.listeners).toBeLessThan(TOLERANCE);
    expect(end.webglContexts).toBe(warm.webglContexts);
  }, 1_800_000);
});
