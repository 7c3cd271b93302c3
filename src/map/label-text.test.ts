import { describe, expect, it } from 'vitest';
import { labelText } from './label-text';

const HARBOR = { fa: 'هاربر (بندر)', en: 'Harbor (Port) 3' };

describe('labelText', () => {
  it('leads a Persian name with the right-to-left mark, whatever its first letter', () => {
    expect(labelText(HARBOR, 'fa')).toBe('\u200fهاربر (بندر)');
    expect(labelText({ fa: 'BRT ترمینال ۲', en: 'BRT Terminal 2' }, 'fa')).toBe('\u200fBRT ترمینال ۲');
  });

  it('leads an English name with the left-to-right mark', () => {
    expect(labelText(HARBOR, 'en')).toBe('\u200eHarbor (Port) 3');
  });

  it('leaves the name itself as it is: digits, brackets and zero-width non-joiners', () => {
    const name = 'جنوب لس\u200cآنجلس ۱';
    expect(labelText({ fa: name, en: 'South Los Angeles 1' }, 'fa').slice(1)).toBe(name);
  });
});
