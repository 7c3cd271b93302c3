/**
 * The text of an area's label on the map. MapLibre takes a label's direction from its first strong letter, as
 * a browser does for `dir="auto"`: a Persian name that starts with a Latin word ("BRT ترمینال") would be laid
 * out left to right, its words in the wrong order for a Persian reader. A leading direction mark says which
 * way the name reads; MapLibre lays the label out by it and drops it, drawing nothing for it.
 */
import type { LocalizedName } from '../api/schemas';
import type { Language } from '../i18n/translate';

const RIGHT_TO_LEFT_MARK = '\u200f';
const LEFT_TO_RIGHT_MARK = '\u200e';

/** The name in the map's language, led by the mark of that language's direction. */
export function labelText(name: LocalizedName, language: Language): string {
  return language === 'fa' ? RIGHT_TO_LEFT_MARK + name.fa : LEFT_TO_RIGHT_MARK + name.en;
}
