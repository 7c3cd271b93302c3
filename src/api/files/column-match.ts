/**
 * Matches a file's columns to the contract's fields by name. A field is matched when exactly one column
 * bears its best-ranked name; when two do, it is ambiguous and left for the user, who sees both first.
 */
import { FIELD_NAMES, FILE_FIELDS, normalizeHeader, type FileField } from './file-fields';

export interface FieldMatch {
  /** The column matched, or null. */
  column: number | null;
  /** Columns bearing the field's best-ranked name when more than one does (the user chooses); else empty. */
  candidates: number[];
}

export type ColumnMatch = Record<FileField, FieldMatch>;

/** Normalized name → [field, tier], built once. */
const NAME_INDEX = new Map<string, [FileField, number]>();
for (const field of FILE_FIELDS) {
  FIELD_NAMES[field].forEach((names, tier) => {
    for (const name of names) NAME_INDEX.set(normalizeHeader(name), [field, tier]);
  });
}

/** Each field's column, or its ambiguous candidates, from the file's header row. */
export function matchColumns(headers: readonly string[]): ColumnMatch {
  const best = new Map<FileField, { tier: number; columns: number[] }>();
  headers.forEach((header, column) => {
    const hit = NAME_INDEX.get(normalizeHeader(header));
    if (!hit) return;
    const [field, tier] = hit;
    const current = best.get(field);
    if (!current || tier < current.tier) best.set(field, { tier, columns: [column] });
    else if (tier === current.tier) current.columns.push(column);
  });
  const match = {} as ColumnMatch;
  for (const field of FILE_FIELDS) {
    const columns = best.get(field)?.columns ?? [];
    match[field] =
      columns.length === 1 ? { column: columns[0]!, candidates: [] } : { column: null, candidates: columns };
  }
  return match;
}
