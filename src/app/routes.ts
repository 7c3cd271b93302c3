/**
 * The app's pages: one build, one data layer and one URL scheme, each page a folder of the app's root
 * (`progress/`). The build writes each page's index.html with `<base href="../">` (scripts/route-pages.ts),
 * so every relative URL — scripts, config.json, the API — resolves against the app's root whatever page is
 * open, and any static server serves the pages without a rewrite rule.
 */
export const ROUTES = ['desk', 'progress', 'wall', 'briefing', 'present'] as const;
export type Route = (typeof ROUTES)[number];

/** The folder of each page under the app's root; the desk is the root itself. */
export const ROUTE_FOLDERS: Record<Route, string> = {
  desk: '',
  progress: 'progress',
  wall: 'wall',
  briefing: 'briefing',
  present: 'present',
};

/** The pages each page links to from its top bar, with the current selection. */
export const PAGE_LINKS: Record<Route, readonly Route[]> = {
  desk: ['progress', 'briefing', 'wall'],
  progress: ['desk', 'briefing'],
  // The wall has no top bar: it is read from metres away and never clicked.
  wall: [],
  briefing: ['desk', 'present'],
  present: ['briefing'],
};

/** The folder the app is served from: the document's base with its file name (index.html) cut off. */
function appRoot(baseURI: string): URL {
  return new URL('.', baseURI);
}

/** The page at `href`, for a document whose base is `baseURI`; an unknown folder is the desk. */
export function routeOf(href: string, baseURI: string): Route {
  const root = appRoot(baseURI).pathname;
  const path = new URL(href).pathname;
  if (!path.startsWith(root)) return 'desk';
  const folder = path.slice(root.length).split('/')[0] ?? '';
  return ROUTES.find((route) => route !== 'desk' && ROUTE_FOLDERS[route] === folder) ?? 'desk';
}

/** The address of a page with the given query (`?…` or empty), so a link keeps the selection. */
export function routeHref(route: Route, baseURI: string, search: string): string {
  const folder = ROUTE_FOLDERS[route];
  return new URL(`${folder}${folder ? '/' : ''}${search}`, appRoot(baseURI)).href;
}
