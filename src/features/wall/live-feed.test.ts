import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ServiceList } from '../../api/schemas';
import type { Language } from '../../i18n/translate';
import { I18nContext, makeI18n } from '../../ui/i18n-context';
import type { NewestRequest } from '../../workers/request-protocol';
import { LiveFeed } from './live-feed';

// Read through the contract's schema, as the app reads a city's catalogue.
const services = ServiceList.parse([
  { service_code: 'lamp', service_name: { fa: 'چراغ خاموش', en: 'Street lamp out' }, group: 'lights' },
]);

function feed(newest: NewestRequest[], language: Language) {
  return renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: makeI18n(language) },
      createElement(LiveFeed, {
        newest,
        services,
        districtName: (d: number) => `District ${d + 1}`,
        timeZone: 'UTC',
      }),
    ),
  );
}

describe('the live feed of newest requests', () => {
  it('says there is none in the period rather than showing a heading over nothing', () => {
    expect(feed([], 'en')).toContain('No requests in this period');
    expect(feed([], 'fa')).toContain('در این بازه درخواستی نیست');
    expect(feed([], 'en')).not.toContain('<li');
  });

  it('lists the requests, and no note, when there are some', () => {
    const newest: NewestRequest[] = [
      { id: 'r2', serviceCode: 'lamp', district: 0, requestedAt: Date.parse('2026-11-30T09:05:00Z') / 1000, stage: 0 },
      { id: 'r1', serviceCode: 'lamp', district: -1, requestedAt: Date.parse('2026-11-30T09:00:00Z') / 1000, stage: 0 },
    ];
    const html = feed(newest, 'en');
    expect(html.match(/<li/g)).toHaveLength(2);
    expect(html).toContain('Street lamp out');
    expect(html).toContain('09:05');
    expect(html).not.toContain('No requests in this period');
  });
});
