/**
 * The top bar every page and state shares: the name, the filters, the source's tools, the other pages (with
 * the current selection: district, period, language), the language.
 */
import type { ReactNode } from 'react';
import { makeI18n } from '../ui/i18n-context';
import { routeHref, type Route } from './routes';
import type { ViewState } from './url-state';

/** The page each page links to, and its label. */
const OTHER_PAGE: Record<Route, { route: Route; label: 'nav.progress' | 'nav.desk' }> = {
  desk: { route: 'progress', label: 'nav.progress' },
  progress: { route: 'desk', label: 'nav.desk' },
};

export function Shell({
  route = 'desk',
  view,
  update,
  children,
  filters,
  subtitle,
  tools,
}: {
  route?: Route;
  view: ViewState;
  update: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
  children: ReactNode;
  filters?: ReactNode;
  /** What the dashboard shows, once the city is known: its name and its request line. */
  subtitle?: string;
  /** The source's own controls (a dropped file's name, the way back to the API). */
  tools?: ReactNode;
}) {
  const { t } = makeI18n(view.lang);
  const other = OTHER_PAGE[route];
  return (
    <>
      <header className="top-bar">
        <div className="top-bar__brand">
          <h1>{t('app.title')}</h1>
          <span data-testid="app-subtitle">{subtitle ?? t('app.subtitle')}</span>
        </div>
        {filters}
        {tools}
        <a
          className="page-link"
          data-testid={`page-link-${other.route}`}
          href={routeHref(other.route, document.baseURI, window.location.search)}
        >
          {t(other.label)}
        </a>
        <button
          type="button"
          className="language-switch"
          data-testid="language-switch"
          aria-label={t('language.switchLabel')}
          lang={view.lang === 'fa' ? 'en' : 'fa'}
          onClick={() => update({ lang: view.lang === 'fa' ? 'en' : 'fa' })}
        >
          {t('language.switch')}
        </button>
      </header>
      {children}
    </>
  );
}
