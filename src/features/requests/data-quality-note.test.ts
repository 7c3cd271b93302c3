import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CityNote } from '../../api/city-info';
import { makeFormat } from '../../ui/format';
import { I18nContext, makeI18n } from '../../ui/i18n-context';
import { DataQualityNote } from './data-quality-note';

const summary = (notes: CityNote[]) => {
  const html = renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: makeI18n('en') },
      createElement(DataQualityNote, {
        setAside: { total: 3, byReason: { no_coordinates: 3 } },
        kept: 40,
        notes,
        format: makeFormat('en', 'UTC'),
      }),
    ),
  );
  return /<summary>(.*?)<\/summary>/.exec(html)![1]!;
};

describe('the data-quality note', () => {
  it('counts the notes on the city’s data in English words: one note, two notes', () => {
    const one: CityNote[] = [{ kind: 'no_neighbourhoods' }];
    expect(summary(one)).toBe('3 requests set aside · a note on the city’s data');
    expect(summary([...one, { kind: 'no_basemap' }])).toBe('3 requests set aside · 2 notes on the city’s data');
    expect(summary([])).toBe('3 requests set aside');
  });
});
