import { describe, expect, it } from 'vitest';
import { cssString, printPageRule } from './print-page';

describe('the briefing’s paper', () => {
  it('writes any text as one CSS string', () => {
    expect(cssString('Urmia')).toBe('"Urmia"');
    expect(cssString('a "quoted" \\ name')).toBe('"a \\"quoted\\" \\\\ name"');
    // A line break would end the declaration in a margin box: it becomes a space.
    expect(cssString('two\nlines')).toBe('"two lines"');
    expect(cssString('"; } body { display: none')).toBe('"\\"; } body { display: none"');
  });

  it('numbers the pages in the language’s digits, at the end of the line the footer starts', () => {
    const fa = printPageRule({ footer: 'گزارش', digits: 'persian', dir: 'rtl' });
    expect(fa).toContain('size: A4;');
    expect(fa).toMatch(/@bottom-right \{ content: "گزارش";/);
    expect(fa).toMatch(/@bottom-left \{ content: counter\(page, persian\) " \/ " counter\(pages, persian\);/);
    const en = printPageRule({ footer: 'Briefing', digits: 'decimal', dir: 'ltr' });
    expect(en).toMatch(/@bottom-left \{ content: "Briefing";/);
    expect(en).toMatch(/@bottom-right \{ content: counter\(page, decimal\)/);
  });
});
