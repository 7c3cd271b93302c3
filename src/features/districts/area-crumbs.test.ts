import { describe, expect, it } from 'vitest';
import { areaCrumbs } from './area-crumbs';
import type { SelectedArea } from './selection';

const CITY = { fa: 'ارومیه', en: 'Urmia' };
const area = (id: string, en: string): SelectedArea => ({ id, index: 0, name: { fa: en, en }, population: 1 });

describe('areaCrumbs', () => {
  it('is the city alone at city level', () => {
    const crumbs = areaCrumbs({ district: null, neighbourhood: null }, CITY, 'fa', () => {});
    expect(crumbs.map((c) => c.label)).toEqual(['ارومیه']);
  });

  it('leads back from a neighbourhood to its district and to the city', () => {
    const went: (string | null)[] = [];
    const crumbs = areaCrumbs(
      { district: area('d1', 'District 1'), neighbourhood: area('n3', 'Bazaar') },
      CITY,
      'en',
      (district) => went.push(district),
    );
    expect(crumbs.map((c) => c.label)).toEqual(['Urmia', 'District 1', 'Bazaar']);
    expect(crumbs[2]!.onSelect).toBeUndefined();
    crumbs[1]!.onSelect!();
    crumbs[0]!.onSelect!();
    expect(went).toEqual(['d1', null]);
  });
});
