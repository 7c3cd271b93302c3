import { describe, expect, it } from 'vitest';
import { shownSlide, slideAfterKey } from './slide-keys';

describe('the presenter’s keys', () => {
  it('moves on with Page Down, the down arrow and Space, back with Page Up, the up arrow and Shift+Space', () => {
    for (const key of ['PageDown', 'ArrowDown', ' ']) expect(slideAfterKey({ key }, 3, 9, 'ltr')).toBe(4);
    for (const key of ['PageUp', 'ArrowUp']) expect(slideAfterKey({ key }, 3, 9, 'ltr')).toBe(2);
    expect(slideAfterKey({ key: ' ', shiftKey: true }, 3, 9, 'ltr')).toBe(2);
  });

  it('reads the side arrows in the briefing’s direction', () => {
    expect(slideAfterKey({ key: 'ArrowRight' }, 3, 9, 'ltr')).toBe(4);
    expect(slideAfterKey({ key: 'ArrowLeft' }, 3, 9, 'ltr')).toBe(2);
    // Right to left: the next slide lies to the left.
    expect(slideAfterKey({ key: 'ArrowLeft' }, 3, 9, 'rtl')).toBe(4);
    expect(slideAfterKey({ key: 'ArrowRight' }, 3, 9, 'rtl')).toBe(2);
  });

  it('goes to the ends with Home and End and never past them', () => {
    expect(slideAfterKey({ key: 'Home' }, 5, 9, 'ltr')).toBe(1);
    expect(slideAfterKey({ key: 'End' }, 5, 9, 'ltr')).toBe(9);
    expect(slideAfterKey({ key: 'PageDown' }, 9, 9, 'ltr')).toBe(9);
    expect(slideAfterKey({ key: 'PageUp' }, 1, 9, 'ltr')).toBe(1);
  });

  it('leaves other keys to the browser', () => {
    expect(slideAfterKey({ key: 'Tab' }, 3, 9, 'ltr')).toBeNull();
    expect(slideAfterKey({ key: 'a' }, 3, 9, 'ltr')).toBeNull();
  });

  it('shows the slide a link names, within the slides there are', () => {
    expect(shownSlide(null, 9)).toBe(1);
    expect(shownSlide(4, 9)).toBe(4);
    expect(shownSlide(40, 9)).toBe(9);
  });
});
