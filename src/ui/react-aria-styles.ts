/**
 * React Aria's usePress adds a <style> element to the page's head the first time a pressable mounts,
 * unless an element with that element's id is already there. A page under `Content-Security-Policy:
 * default-src 'self'` refuses inline <style> elements, so the library's is a violation. Its one rule is in
 * date-range-field.css, served as a file of the app; an empty placeholder with the id keeps React Aria from
 * adding its own. (tests/e2e/csp.test.ts opens the date range field under that policy: should a release of
 * React Aria rename the id, the test fails.)
 */
export const PRESSABLE_STYLE_ID = 'react-aria-pressable-style';

export function claimPressableStyle(doc: Document): void {
  if (doc.getElementById(PRESSABLE_STYLE_ID)) return;
  const placeholder = doc.createElement('meta');
  placeholder.id = PRESSABLE_STYLE_ID;
  doc.head.append(placeholder);
}
