/** The page's language, direction and title follow the UI language (every page of the app). */
import { useEffect } from 'react';
import type { I18n } from '../ui/i18n-context';

export function useDocumentLanguage(
  i18n: I18n,
  titleKey: 'app.title' | 'nav.progress' | 'nav.briefing' | 'nav.present' = 'app.title',
) {
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.documentElement.dir = i18n.dir;
    document.title = titleKey === 'app.title' ? i18n.t('app.title') : `${i18n.t(titleKey)} · ${i18n.t('app.title')}`;
  }, [i18n, titleKey]);
}
