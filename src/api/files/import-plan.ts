/**
 * What the user settled in the mapping dialog: the column of each field, how each date column is written
 * and the data set's time zone. Built from the matcher's guesses, completed by the user, checked here.
 */
import type { ColumnMatch } from './column-match';
import { guessDateFormat, type DateFormat } from './date-reading';
import { DATE_FIELDS, FILE_FIELDS, REQUIRED_FIELDS, type DateField, type FileField } from './file-fields';

/** The id column stands for "the row's number in the file", for files without ids. */
export const ROW_NUMBER = -1;

export interface ImportPlan {
  /** Column index of each field (ROW_NUMBER for the id), absent when the file has none. */
  columns: Partial<Record<FileField, number>>;
  /** How each mapped date column is written. */
  dateFormats: Partial<Record<DateField, DateFormat>>;
  /** IANA zone in which times without an offset are read. */
  timeZone: string;
}

/** What the dialog must still ask of a plan, empty when the file can be read. */
export type PlanGap =
  { kind: 'missing'; field: FileField } | { kind: 'no_category' } | { kind: 'no_date_format'; field: DateField };

export function planGaps(plan: ImportPlan): PlanGap[] {
  const gaps: PlanGap[] = REQUIRED_FIELDS.filter((f) => plan.columns[f] === undefined).map((field) => ({
    kind: 'missing' as const,
    field,
  }));
  if (plan.columns.service_code === undefined && plan.columns.service_name === undefined) {
    gaps.push({ kind: 'no_category' });
  }
  for (const field of DATE_FIELDS) {
    if (plan.columns[field] !== undefined && !plan.dateFormats[field]) gaps.push({ kind: 'no_date_format', field });
  }
  return gaps;
}

export interface PlanDraft {
  plan: ImportPlan;
  /** Fields whose column is ambiguous, or whose date format is only a guess: the dialog marks them. */
  unsure: FileField[];
}

/** The plan the matcher proposes for a file, from its header match and its first rows. */
export function draftPlan(match: ColumnMatch, rows: readonly (readonly string[])[], timeZone: string): PlanDraft {
  const plan: ImportPlan = { columns: {}, dateFormats: {}, timeZone };
  const unsure: FileField[] = [];
  for (const field of FILE_FIELDS) {
    const { column, candidates } = match[field];
    if (column !== null) plan.columns[field] = column;
    if (candidates.length > 0) unsure.push(field);
  }
  for (const field of DATE_FIELDS) {
    const column = plan.columns[field];
    if (column === undefined) continue;
    const guess = guessDateFormat(rows.map((row) => row[column] ?? ''));
    if (guess) plan.dateFormats[field] = guess.format;
    if (!guess?.sure) unsure.push(field);
  }
  return { plan, unsure };
}

/** The format a column's first rows are written in, for the dialog when the user picks another column. */
export function dateFormatOf(rows: readonly (readonly string[])[], column: number): DateFormat | null {
  return guessDateFormat(rows.map((row) => row[column] ?? ''))?.format ?? null;
}
