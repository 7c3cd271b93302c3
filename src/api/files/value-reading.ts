/**
 * Cells of a dropped file read as the contract's values: coordinates, Open311 status and stage, channel.
 * Exports write these in their own words (NYC's `Closed`, `Pending`, `PHONE`, `ONLINE`; a 137 export's
 * `بسته شده`, `تلفنی`); a word outside these lists is kept as `other` where the contract has one (the
 * channel) and is otherwise a value that cannot be read.
 */
import { BAD_CODE, NO_STAGE, STATUS_CLOSED, STATUS_OPEN } from '../../domain/request-record';
import { CHANNELS, FIRST_CLOSED_STAGE, STAGES, type Channel, type Stage } from '../../domain/vocabulary';
import { normalizeHeader } from './file-fields';

const PERSIAN_ZERO = 0x06f0;
const ARABIC_ZERO = 0x0660;

/** Persian and Arabic-Indic digits (and the Persian decimal separator) as Latin ones. */
export function latinDigits(text: string): string {
  // Nearly every cell has none of them: one scan is cheaper than three replaces.
  if (!/[\u0660-\u066b\u06f0-\u06f9]/.test(text)) return text;
  return text
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - PERSIAN_ZERO))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - ARABIC_ZERO))
    .replace(/\u066b/g, '.');
}

const DECIMAL = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?$/;

/**
 * A coordinate in degrees: NaN when the cell is empty (no coordinates), Infinity when it holds something
 * that is not a number (so the range check names it a bad coordinate, not a missing one). A decimal comma
 * reads as a point.
 */
export function readCoordinate(raw: string): number {
  const text = latinDigits(raw.trim());
  if (text === '') return NaN;
  return DECIMAL.test(text) ? Number(text.replace(',', '.')) : Infinity;
}

/** Status words that also say the stage, beyond the contract's own stage names. */
const STAGE_WORDS = new Map<string, Stage>(
  (
    [
      ...STAGES.map((s) => [s, s] as const),
      ['started', 'in_progress'],
      ['in progress', 'in_progress'],
      ['در دست اقدام', 'in_progress'],
      ['ارجاع شده', 'referred'],
      ['رد شده', 'rejected'],
      ['حل شده', 'resolved'],
    ] as const
  ).map(([word, stage]) => [normalizeHeader(word), stage]),
);
const words = (list: string[]) => new Set(list.map(normalizeHeader));
const CLOSED_WORDS = words([
  'close',
  'done',
  'completed',
  'complete',
  'cancelled',
  'canceled',
  'بسته',
  'بسته شده',
  'مختومه',
  'خاتمه یافته',
  'انجام شده',
]);
const OPEN_WORDS = words([
  'opened',
  'new',
  'pending',
  'email sent',
  'unassigned',
  'باز',
  'جدید',
  'در انتظار',
  'در حال بررسی',
]);

export interface StatusReading {
  /** STATUS_OPEN, STATUS_CLOSED, or BAD_CODE for a word in no list. */
  status: number;
  /** The stage the word names as well, or NO_STAGE. */
  stage: number;
}

/**
 * A reader remembered per cell text: a status or channel column holds a handful of words, a million times
 * over, and normalizing each costs more than a lookup.
 */
function remembered<T>(read: (raw: string) => T): (raw: string) => T {
  const known = new Map<string, T>();
  return (raw) => {
    let value = known.get(raw);
    if (value === undefined) {
      if (known.size >= 4096) known.clear();
      known.set(raw, (value = read(raw)));
    }
    return value;
  };
}

/** A status cell: open or closed, and the stage when the word names one (`Assigned`, `Resolved`). */
export const readStatus = remembered((raw: string): StatusReading => {
  const word = normalizeHeader(raw);
  const stage = STAGE_WORDS.get(word);
  if (stage !== undefined) {
    const index = STAGES.indexOf(stage);
    return { status: index >= FIRST_CLOSED_STAGE ? STATUS_CLOSED : STATUS_OPEN, stage: index };
  }
  if (CLOSED_WORDS.has(word)) return { status: STATUS_CLOSED, stage: NO_STAGE };
  if (OPEN_WORDS.has(word)) return { status: STATUS_OPEN, stage: NO_STAGE };
  return { status: BAD_CODE, stage: NO_STAGE };
});

/** A stage cell: a stage name (the contract's, or one of the words above); NO_STAGE when empty. */
export const readStage = remembered((raw: string): number => {
  if (raw.trim() === '') return NO_STAGE;
  const stage = STAGE_WORDS.get(normalizeHeader(raw));
  return stage === undefined ? BAD_CODE : STAGES.indexOf(stage);
});

const CHANNEL_WORDS = new Map<string, Channel>(
  (
    [
      ['phone', ['phone', 'telephone', 'call', 'call center', 'voice', '311', '137', 'تلفن', 'تلفنی', 'تماس تلفنی']],
      ['web', ['web', 'online', 'website', 'internet', 'email', 'e-mail', 'portal', 'وب', 'سایت', 'وبسایت', 'اینترنت']],
      ['app', ['app', 'mobile', 'mobile app', 'mobile application', 'اپ', 'اپلیکیشن', 'برنامه', 'همراه', 'موبایل']],
      ['in_person', ['in person', 'walk in', 'walkin', 'counter', 'حضوری', 'مراجعه حضوری']],
    ] as const
  ).flatMap(([channel, list]) => list.map((word) => [normalizeHeader(word), channel] as const)),
);

/** A channel cell as an index into CHANNELS: PHONE → phone, ONLINE or WEB → web, MOBILE → app, others → other. */
export const readChannel = remembered((raw: string): number =>
  CHANNELS.indexOf(CHANNEL_WORDS.get(normalizeHeader(raw)) ?? 'other'),
);
