/** The top bar every state of the dashboard shares: the name, the filters, the source's tools, the language. */
import type { ReactNode } from 'react';
import { makeI18n } from '../ui/i18n-context';
import type { ViewState } from './url-state';

export function Shell({
  view,
  update,
  children,
  filters,
  subtitle,
  tools,
}: {
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
