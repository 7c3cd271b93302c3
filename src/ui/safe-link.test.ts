import { describe, expect, it } from 'vitest';
import { safeWebUrl } from './safe-link';

describe('safeWebUrl', () => {
  it('keeps http and https addresses', () => {
    expect(safeWebUrl('https://city.example/photos/1.jpg')).toBe('https://city.example/photos/1.jpg');
    expect(safeWebUrl(' http://city.example/a b ')).toBe('http://city.example/a%20b');
  });

  it('refuses every other scheme, relative paths and empty text', () => {
    for (const text of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      '/photos/1.jpg',
      'vbscript:x',
      '',
      null,
      undefined,
    ]) {
      expect(safeWebUrl(text), String(text)).toBeNull();
    }
  });
});
