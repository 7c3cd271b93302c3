/** The breadcrumb trail of a drilldown: city › district › neighbourhood. */
import type { LocalizedName } from '../../api/schemas';
import type { Language } from '../../i18n/translate';
import type { Crumb } from '../../ui/breadcrumbs';
import type { Selection } from './selection';

/** Every crumb but the last goes back to its level through `goTo` (the district to keep, or null for the city). */
export function areaCrumbs(
  selection: Selection,
  cityName: LocalizedName,
  language: Language,
  goTo: (district: string | null) => void,
): Crumb[] {
  const { district, neighbourhood } = selection;
  const crumbs: Crumb[] = [{ key: 'city', label: cityName[language], onSelect: () => goTo(null) }];
  if (district) crumbs.push({ key: district.id, label: district.name[language], onSelect: () => goTo(district.id) });
  if (neighbourhood) crumbs.push({ key: neighbourhood.id, label: neighbourhood.name[language] });
  return crumbs;
}
