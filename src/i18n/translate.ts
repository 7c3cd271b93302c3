import { MESSAGES_EN } from './messages-en';
import { MESSAGES_FA, type MessageKey } from './messages-fa';

export type Language = 'fa' | 'en';
export const LANGUAGES: readonly Language[] = ['fa', 'en'];
export type { MessageKey };

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { fa: MESSAGES_FA, en: MESSAGES_EN };

/** The text of `key` in `language`, with `{name}` placeholders filled from `params` (already formatted). */
export function translate(language: Language, key: MessageKey, params?: Record<string, string>): string {
  const text = CATALOGUES[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export function textDirection(language: Language): 'rtl' | 'ltr' {
  return language === 'fa' ? 'rtl' : 'ltr';
}
