import { describe, expect, it } from 'vitest';
import { makeFormat } from './format';

describe('format', () => {
  it('joins a list with the language’s own comma', () => {
    expect(makeFormat('en', 'UTC').list(['1001', '1002', '1003'])).toBe('1001, 1002, 1003');
    expect(makeFormat('fa', 'UTC').list(['1001', '1002'])).toMatch(/^1001،\u200f? 1002$/);
  });
});
