import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { configIssue, ConfigError } from '../api/config';
import { AppConfig } from '../api/schemas';
import { explainConfig, StartupFailure } from './startup-failure';

const errorOf = (body: unknown) => {
  const parsed = AppConfig.safeParse(body);
  return configIssue(body, parsed.success ? undefined : parsed.error.issues[0]);
};

describe('the start-up failure page', () => {
  it('explains a refresh interval beyond what a browser timer holds, in both languages', () => {
    const error = errorOf({ refreshIntervalSeconds: 2 ** 31 });
    expect(explainConfig(error, 'en')).toBe(
      'the field refreshIntervalSeconds must be at most 604800 (a week: the requests are reloaded by a browser timer, which cannot wait longer than about 24.8 days)',
    );
    const persian = explainConfig(error, 'fa');
    expect(persian).toContain('refreshIntervalSeconds');
    expect(persian).toContain('۶۰۴۸۰۰');
    expect(persian).toContain('یک هفته');
  });

  it('says what each kind of wrong value must be', () => {
    expect(explainConfig(errorOf({ demo: 'yes' }), 'en')).toBe('the field demo must be true or false');
    expect(explainConfig(errorOf({ defaultLanguage: 'de' }), 'en')).toBe(
      'the field defaultLanguage must be one of: fa, en',
    );
    expect(explainConfig(errorOf({ source: { type: 'open311' } }), 'en')).toBe('the field source.baseUrl is required');
    expect(explainConfig(errorOf([]), 'en')).toBe('the field config.json must be a JSON object');
    expect(explainConfig(errorOf({ refreshIntervalSeconds: -1 }), 'fa')).toContain('بیشتر از ۰');
  });

  it('shows the explanation in Persian and English, and any other start-up failure by its message', () => {
    const page = renderToStaticMarkup(
      createElement(StartupFailure, { error: errorOf({ refreshIntervalSeconds: 1e9 }) }),
    );
    expect(page).toContain('data-state="error"');
    expect(page).toContain('فایل config.json نامعتبر است');
    expect(page).toContain('config.json is invalid: the field refreshIntervalSeconds must be at most 604800');
    const unreadable = new ConfigError({ kind: 'unreadable', detail: 'x/config.json: HTTP 404' }, null, 'x');
    expect(renderToStaticMarkup(createElement(StartupFailure, { error: unreadable }))).toContain(
      'config.json is invalid: x/config.json: HTTP 404',
    );
    const chunk = renderToStaticMarkup(createElement(StartupFailure, { error: new Error('Failed to fetch module') }));
    expect(chunk).toContain('Shahrnama could not start: Failed to fetch module');
    expect(chunk).toContain('شهرنما راه‌اندازی نشد');
  });
});
