/**
 * A Vite plugin that gives every page of the app (src/app/routes.ts) a folder of its own: the build
 * writes `<folder>/index.html`, the root's index.html with `<base href="../">`, so a plain static server
 * serves `/progress/` with no rewrite rule and every relative URL of the page resolves against the app's
 * root. The dev server answers the same addresses the same way.
 */
import type { Plugin } from 'vite';
import { ROUTE_FOLDERS } from '../src/app/routes.ts';

const FOLDERS = Object.values(ROUTE_FOLDERS).filter((folder) => folder !== '');

/** The root's index.html as a page one folder down. */
export function pageHtml(rootHtml: string): string {
  return rootHtml.replace(/<head>/i, '<head>\n    <base href="../" />');
}

/** The page folder an address of the dev server names, or null. */
function folderOf(url: string | undefined): string | null {
  const first = (url ?? '/').split(/[?#]/)[0]!.split('/')[1] ?? '';
  return FOLDERS.includes(first) ? first : null;
}

export function routePages(): Plugin {
  return {
    name: 'shahrnama-route-pages',
    // After Vite's own HTML plugin, which puts index.html in the bundle.
    enforce: 'post',
    transformIndexHtml(html, context) {
      // In dev every unknown address is answered with index.html: a page's own is the one with a base.
      return context.server && folderOf(context.originalUrl) ? pageHtml(html) : html;
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      for (const folder of FOLDERS) {
        this.emitFile({ type: 'asset', fileName: `${folder}/index.html`, source: pageHtml(String(index.source)) });
      }
    },
  };
}
