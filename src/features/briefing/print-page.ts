/**
 * The briefing's paper: A4 with its margins, the page number and the data's "as of" time in the margin
 * boxes Chromium draws (from version 131), so the browser's own print numbers the pages. A margin box's
 * content is CSS text, so the footer is written into a stylesheet as a CSS string.
 */

/** A CSS string of any text: quotes and backslashes escaped, line breaks as CSS escapes. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
}

export interface PrintPage {
  /** The footer's words: what the briefing is, of what, and as of when. */
  footer: string;
  /** The counter style of the page numbers: the language's digits. */
  digits: 'persian' | 'decimal';
  dir: 'rtl' | 'ltr';
}

/** The `@page` rule of the briefing: the footer on the reading side's start, the page number at its end. */
export function printPageRule({ footer, digits, dir }: PrintPage): string {
  const [start, end] = dir === 'rtl' ? ['right', 'left'] : ['left', 'right'];
  const box = 'font: 8pt Vazirmatn, sans-serif; color: #4a5056;';
  return [
    '@page {',
    '  size: A4;',
    '  margin: 14mm 14mm 16mm;',
    `  @bottom-${start} { content: ${cssString(footer)}; ${box} }`,
    `  @bottom-${end} { content: counter(page, ${digits}) " / " counter(pages, ${digits}); ${box} }`,
    '}',
  ].join('\n');
}
