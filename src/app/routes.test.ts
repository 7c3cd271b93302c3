import { describe, expect, it } from 'vitest';
import { routeHref, routeOf } from './routes';

describe('the app’s pages', () => {
  it('reads the page off the address, at the root of a server or in a folder of it', () => {
    expect(routeOf('http://h/', 'http://h/')).toBe('desk');
    expect(routeOf('http://h/index.html?lang=en', 'http://h/index.html?lang=en')).toBe('desk');
    // A page's own index.html names the app's root as its base.
    expect(routeOf('http://h/progress/?d=1', 'http://h/')).toBe('progress');
    expect(routeOf('http://h/city/urmia/progress/', 'http://h/city/urmia/')).toBe('progress');
    expect(routeOf('http://h/city/urmia/progress/index.html', 'http://h/city/urmia/')).toBe('progress');
    expect(routeOf('http://h/wall/', 'http://h/')).toBe('wall');
    expect(routeOf('http://h/briefing/?d=3', 'http://h/')).toBe('briefing');
    expect(routeOf('http://h/present/?slide=2', 'http://h/')).toBe('present');
  });

  it('takes an unknown folder, or one outside the app, for the desk', () => {
    expect(routeOf('http://h/elsewhere/', 'http://h/')).toBe('desk');
    expect(routeOf('http://h/other/progress/', 'http://h/city/')).toBe('desk');
  });

  it('links a page with the selection’s query, relative to the app’s root', () => {
    expect(routeHref('progress', 'http://h/city/', '?d=1&period=this_month')).toBe(
      'http://h/city/progress/?d=1&period=this_month',
    );
    expect(routeHref('desk', 'http://h/city/index.html', '?d=1')).toBe('http://h/city/?d=1');
    expect(routeHref('desk', 'http://h/', '')).toBe('http://h/');
  });
});
