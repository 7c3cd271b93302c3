/** The UI language for components: the translator and the formatters of the current language. */
import { createContext, useContext } from 'react';
import { translate, textDirection, type Language, type MessageKey } from '../i18n/translate';

export interface I18n {
  language: Language;
  dir: 'rtl' | 'ltr';
  t: (key: MessageKey, params?: Record<string, string>) => string;
}

export function makeI18n(language: Language): I18n {
  return {
    language,
    dir: textDirection(language),
    t: (key, params) => translate(language, key, params),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('fa'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
