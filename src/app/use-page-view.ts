/**
 * What every page of the app starts from: the view in the URL, the UI language it names, and the document's
 * language, direction and title following that language.
 */
import { useEffect, useMemo } from 'react';
import type { Language } from '../i18n/translate';
import { makeI18n } from '../ui/i18n-context';
import type { Route } from './routes';
import { useViewState } from './url-state';

export function usePageView(defaultLanguage: Language, route: Route) {
  const [view, update] = useViewState(defaultLanguage);
  const i18n = useMemo(() => makeI18n(view.lang), [view.lang]);
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.documentElement.dir = i18n.dir;
    const app = i18n.t('app.title');
    document.title = route === 'desk' ? app : `${i18n.t(`nav.${route}`)} · ${app}`;
  }, [i18n, route]);
  return { view, update, i18n };
}
