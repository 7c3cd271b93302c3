/**
 * The app could not start — config.json unusable, or its code or the demo city failed to load: say so in
 * both languages, since the configured language is unknown, and never leave the boot text up for good.
 */
import { ConfigError, type ConfigProblem } from '../api/config';
import { formatNumber } from '../domain/calendar';
import { translate, type Language, type MessageKey } from '../i18n/translate';

/** A field whose limit has a reason worth a sentence. */
const HINTS: Partial<Record<string, MessageKey>> = { refreshIntervalSeconds: 'config.hint.refreshIntervalSeconds' };
/** zod's names of the types a config field can want. */
const TYPES: Record<string, MessageKey> = {
  number: 'config.type.number',
  int: 'config.type.int',
  boolean: 'config.type.boolean',
  string: 'config.type.string',
  object: 'config.type.object',
};

/** What is wrong with config.json, in `language`: the field, what it must be, and why when that is not obvious. */
export function explainConfig(error: ConfigError, language: Language): string {
  const t = (key: MessageKey, params?: Record<string, string>) => translate(language, key, params);
  const field = error.field ?? 'config.json';
  const number = (n: number) => formatNumber(n, language, { useGrouping: false });
  const problem: ConfigProblem = error.problem;
  const text = ((): string => {
    switch (problem.kind) {
      case 'unreadable':
        return problem.detail;
      case 'missing':
        return t('config.problem.missing', { field });
      case 'too_big':
        return t('config.problem.tooBig', { field, limit: number(problem.limit) });
      case 'too_small':
        return t(problem.inclusive ? 'config.problem.atLeast' : 'config.problem.moreThan', {
          field,
          limit: number(problem.limit),
        });
      case 'type': {
        const key = TYPES[problem.expected];
        return t('config.problem.type', { field, expected: key ? t(key) : problem.expected });
      }
      case 'one_of':
        return t('config.problem.oneOf', { field, values: problem.values.join(', ') });
      case 'other':
        return t('config.problem.other', { field, detail: problem.detail });
    }
  })();
  const hint = error.field ? HINTS[error.field] : undefined;
  return hint && problem.kind !== 'unreadable' ? `${text} (${t(hint)})` : text;
}

function message(error: Error, language: Language): string {
  if (error instanceof ConfigError)
    return translate(language, 'error.config', { message: explainConfig(error, language) });
  return translate(language, 'error.start', { message: error.message });
}

export function StartupFailure({ error }: { error: Error }) {
  return (
    <div className="app" data-testid="app" data-state="error">
      <div className="status-notice status-notice--error" role="alert" data-testid="api-error">
        <p lang="fa" dir="rtl">
          {message(error, 'fa')}
        </p>
        <p lang="en" dir="ltr">
          {message(error, 'en')}
        </p>
      </div>
    </div>
  );
}
