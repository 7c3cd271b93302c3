/** The demo API for node tests: an msw server over the demo city's handlers. */
import { setupServer } from 'msw/node';
import { createDemoCity, type DemoCity, type DemoCityOptions } from './demo-city';
import { createHandlers } from './handlers';

export interface DemoServerOptions extends DemoCityOptions {
  /** Default '/api/v1'; tests usually pass an absolute URL such as 'http://demo.test/api/v1'. */
  basePath?: string;
  /** Reuse an already built city (e.g. one shared by several servers). */
  city?: DemoCity;
}

export function createDemoServer({ basePath = '/api/v1', city, ...options }: DemoServerOptions = {}) {
  const demo = city ?? createDemoCity(options);
  return Object.assign(setupServer(...createHandlers(demo, basePath)), { city: demo });
}
