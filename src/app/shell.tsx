/**
 * The top bar every page and state shares: the name, the filters, the source's tools, the other pages (with
 * the current selection: district, period, language), the language.
 */
import type { ReactNode } from 'react';
import { makeI18n } from '../ui/i18n-context';
import { PAGE_LINKS, routeHref, type Route } from './routes';
import type { ViewState } from './url-state';

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
  return (
    <>
      <header className="top-bar">
        <div className="top-bar__brand">
          <h1>{t('app.title')}</h1>
          <span data-testid="app-subtitle">{subtitle ?? t('app.subtitle')}</span>
        </div>
        {filters}
        {tools}
        {PAGE_LINKS[route].map((other) => (
          <a
            key={other}
            className="page-link"
            data-testid={`page-link-${other}`}
            href={routeHref(other, document.baseURI, window.location.search)}
            title={t(`nav.${other}`)}
          >
            {t(`navLink.${other}`)}
          </a>
        ))}
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
