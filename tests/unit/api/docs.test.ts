/**
 * The docs against the code, where they have drifted before: the set-aside table of docs/api.md lists the
 * reasons of SET_ASIDE_REASONS in the order rowProblem checks them, its Arrow column table names the columns
 * of ARROW_COLUMNS and says rightly which the decoder requires, the config tables of the README and api.md
 * name the fields of AppConfig, openapi.yaml's major version is CONTRACT_VERSION, and the error the docs
 * quote for a v1 server is the one the app shows. Tables are read as tables (a heading's section, its rows,
 * their first cell), so a name that only appears in the prose does not count.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  TimeUnit,
  dictionary,
  float64,
  int16,
  tableFromArrays,
  tableToIPC,
  timestamp,
  utf8,
  type DataType,
} from '@uwdata/flechette';
import { ARROW_COLUMNS, ArrowFormatError, decodeArrowRequests } from '../../../src/api/arrow/arrow-requests';
import { ApiRequestError, validJson } from '../../../src/api/client';
import { AppConfig, CONTRACT_VERSION, City } from '../../../src/api/schemas';
import { describeError } from '../../../src/app/describe-error';
import {
  BAD_CODE,
  NO_STATUS,
  STATUS_CLOSED,
  STATUS_OPEN,
  rowProblem,
  type RowFacts,
} from '../../../src/domain/request-record';
import { SET_ASIDE_REASONS, type SetAsideReason } from '../../../src/domain/set-aside';
import { STAGES } from '../../../src/domain/vocabulary';
import { translate } from '../../../src/i18n/translate';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const API = read('docs/api.md');
const README = read('README.md');
const MIGRATION = read('docs/migration-v1-v2.md');
const OPENAPI = read('docs/openapi.yaml');

// ---- a small Markdown table reader ------------------------------------------------------------------

/** The lines under `heading` (a whole heading line), up to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const level = heading.indexOf(' ');
  const end = lines.findIndex(
    (line, i) => i > start && /^#{1,6} /.test(line) && line.indexOf(' ') <= level && !inFence(lines, i),
  );
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Whether line i lies inside a fenced code block (a `#` there is a comment, not a heading). */
function inFence(lines: string[], i: number): boolean {
  return lines.slice(0, i).filter((line) => line.trimStart().startsWith('```')).length % 2 === 1;
}

/** The cells of a table row: split on the pipes that are not escaped (`\|` stays inside a cell). */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

interface Table {
  header: string[];
  rows: string[][];
}

/** Every table in the lines: a header row, a delimiter row (`| --- |`), then rows, each starting with a pipe. */
function tables(lines: string[]): Table[] {
  const found: Table[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.trim().startsWith('|') || !/^\|(\s*:?-+:?\s*\|)+$/.test(lines[i + 1]!.trim())) continue;
    const table: Table = { header: cells(lines[i]!), rows: [] };
    let j = i + 2;
    for (; j < lines.length && lines[j]!.trim().startsWith('|'); j++) table.rows.push(cells(lines[j]!));
    found.push(table);
    i = j;
  }
  return found;
}

/** The one table under `heading` whose first header cell is `first`. */
function table(markdown: string, heading: string, first: string): Table {
  const matching = tables(section(markdown, heading)).filter((t) => t.header[0] === first);
  if (matching.length !== 1) throw new Error(`${matching.length} tables headed "${first}" under "${heading}"`);
  return matching[0]!;
}

/** A first cell that is one code span, `name`, as its name. */
function codeName(cell: string): string {
  const match = /^`([^`]+)`$/.exec(cell);
  if (!match) throw new Error(`expected a single \`name\` in the cell, got "${cell}"`);
  return match[1]!;
}

const namesOf = (t: Table) => t.rows.map((row) => codeName(row[0]!));

describe('the Markdown table reader', () => {
  it('reads rows, keeps escaped pipes in their cell and stops at the next heading', () => {
    const markdown = [
      '## A',
      '',
      '| name | type |',
      '| ---- | ---- |',
      '| `x`  | `a` \\| `b` |',
      '```',
      '# not a heading',
      '```',
      '## B',
      '| name | type |',
      '| ---- | ---- |',
      '| `y`  | c |',
    ].join('\n');
    const a = table(markdown, '## A', 'name');
    expect(a.rows).toEqual([['`x`', '`a` \\| `b`']]);
    expect(namesOf(table(markdown, '## B', 'name'))).toEqual(['y']);
  });
});

// ---- set-aside reasons -------------------------------------------------------------------------------

describe('docs/api.md: records that break the contract are set aside', () => {
  const reasons = namesOf(table(API, '## Records that break the contract are set aside', 'reason'));

  it('lists every reason of SET_ASIDE_REASONS once, and no other', () => {
    expect(new Set(reasons).size, 'a reason listed twice').toBe(reasons.length);
    expect([...reasons].sort()).toEqual([...SET_ASIDE_REASONS].sort());
  });

  it("lists rowProblem's reasons in the order it checks them, before outside_city", () => {
    // A row that breaks every rule at once, and the repair of each rule. Repairing the rules in the order
    // of the table, rowProblem must name each in turn: if the code checked them in another order, it would
    // name a later rule first.
    const closed = STAGES.indexOf('resolved');
    const facts: RowFacts = {
      idLength: 0,
      lon: NaN,
      lat: 100,
      serviceKnown: false,
      stage: BAD_CODE,
      status: STATUS_OPEN,
      requestedAt: NaN,
      updatedAt: 0,
      closedAt: 500,
      dueAt: 0,
    };
    const repair: Record<string, (f: RowFacts) => void> = {
      invalid_record: (f) => (f.idLength = 7),
      no_coordinates: (f) => (f.lon = 45.07),
      bad_coordinates: (f) => (f.lat = 37.55),
      unknown_service: (f) => (f.serviceKnown = true),
      bad_stage: (f) => (f.stage = closed),
      bad_date: (f) => (f.requestedAt = 1_000),
      closed_before_requested: (f) => (f.closedAt = 2_000),
      stage_mismatch: (f) => (f.status = STATUS_CLOSED),
    } satisfies Partial<Record<SetAsideReason, (f: RowFacts) => void>>;
    const checked = reasons.filter((reason) => repair[reason]);
    expect(checked).toHaveLength(Object.keys(repair).length);
    for (const reason of checked) {
      expect(rowProblem(facts)).toBe(reason);
      repair[reason]!(facts);
    }
    expect(rowProblem(facts)).toBeNull();
    expect(rowProblem({ ...facts, status: NO_STATUS })).toBeNull();
    // outside_city is found after reading, when the kept requests are assigned to districts.
    expect(reasons.indexOf('outside_city')).toBe(checked.length);
  });
});

// ---- the Arrow columns -------------------------------------------------------------------------------

/** A one-row Arrow stream with the given columns of a valid closed request. */
function arrowBody(names: readonly string[]): Uint8Array {
  const c = ARROW_COLUMNS;
  const category = () => dictionary(utf8(), int16());
  // flechette builds timestamps from milliseconds, as JavaScript dates count them, and stores seconds here.
  const time = (ms: number) => ({ values: [ms], type: timestamp(TimeUnit.SECOND, 'UTC') });
  const all: Record<string, { values: unknown[]; type: DataType }> = {
    [c.id]: { values: ['1000001'], type: utf8() },
    [c.service]: { values: ['ROAD_POTHOLE'], type: category() },
    [c.status]: { values: ['closed'], type: category() },
    [c.stage]: { values: ['resolved'], type: category() },
    [c.lon]: { values: [45.07], type: float64() },
    [c.lat]: { values: [37.55], type: float64() },
    [c.requested]: time(1_711_000_000_000),
    [c.updated]: time(1_711_100_000_000),
    [c.closed]: time(1_711_100_000_000),
    [c.expected]: time(1_711_200_000_000),
    [c.agency]: { values: ['Civil Works'], type: category() },
    [c.channel]: { values: ['phone'], type: category() },
    [c.reporter]: { values: ['citizen'], type: category() },
    [c.district]: { values: ['1'], type: category() },
  };
  const kept = names.map((name) => [name, all[name]!] as const);
  const arrow = tableFromArrays(Object.fromEntries(kept.map(([name, column]) => [name, column.values])), {
    types: Object.fromEntries(kept.map(([name, column]) => [name, column.type])),
  });
  return tableToIPC(arrow, { format: 'stream' })!;
}

describe('docs/api.md: the columns of GET /requests.arrow', () => {
  const columns = table(API, '### Columns', 'column');
  const names = namesOf(columns);
  const required = new Map(columns.rows.map((row) => [codeName(row[0]!), row[2]!]));
  const decode = (without: string[]) =>
    decodeArrowRequests(arrowBody(names.filter((name) => !without.includes(name))), (code) => code === 'ROAD_POTHOLE');

  it('names every column of ARROW_COLUMNS once, and no other', () => {
    expect(new Set(names).size, 'a column listed twice').toBe(names.length);
    expect([...names].sort()).toEqual([...Object.values(ARROW_COLUMNS)].sort());
    expect(decode([]).table.count).toBe(1);
  });

  it('says which columns the decoder requires', () => {
    const either = [...required].filter(([, text]) => text === 'one of status, stage').map(([name]) => name);
    expect(either.sort()).toEqual([ARROW_COLUMNS.stage, ARROW_COLUMNS.status].sort());
    for (const [name, text] of required) {
      if (text === 'yes') {
        expect(() => decode([name]), name).toThrow(ArrowFormatError);
        expect(() => decode([name]), name).toThrow(`column "${name}" is missing`);
      } else if (text === 'no' || either.includes(name)) {
        // Without the column the body is read; a closed row without closed_datetime is then set aside.
        const read = decode([name]);
        expect(read.table.count + read.setAside.total, name).toBe(1);
      } else {
        throw new Error(`column ${name}: "required" must be yes, no or one of status, stage; got "${text}"`);
      }
    }
    expect(() => decode(either)).toThrow(ArrowFormatError);
  });
});

// ---- config.json -------------------------------------------------------------------------------------

describe('config.json tables', () => {
  const fields = Object.keys(AppConfig.shape).sort();

  it('README "Configure it" names every field of AppConfig, and no other', () => {
    const names = namesOf(table(README, '## Configure it: `config.json`', 'field'));
    expect([...names].sort()).toEqual(fields);
  });

  it('docs/api.md names every field of AppConfig, and no other', () => {
    const names = namesOf(table(API, '## `config.json`', 'field'));
    expect([...names].sort()).toEqual(fields);
  });
});

// ---- versions ----------------------------------------------------------------------------------------

/** `info.version` of an OpenAPI document: the `version:` key directly under the top-level `info:` block. */
function openApiVersion(yaml: string): string {
  const lines = yaml.split('\n');
  const start = lines.indexOf('info:');
  if (start < 0) throw new Error('openapi.yaml has no top-level info');
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const match = /^ {2}version:\s*['"]?([^'"\s]+)['"]?\s*$/.exec(line);
    if (match) return match[1]!;
  }
  throw new Error('openapi.yaml has no info.version');
}

describe('contract version', () => {
  it("openapi.yaml's info.version is CONTRACT_VERSION.x.y", () => {
    const version = openApiVersion(OPENAPI);
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(version.split('.')[0])).toBe(CONTRACT_VERSION);
  });

  it('the error the docs quote for a v1 /city is the one the app shows', async () => {
    const v1City = {
      id: 'urmia',
      name: { fa: 'ارومیه', en: 'Urmia' },
      center: [45.0761, 37.5527],
      bbox: [44.965, 37.47, 45.16, 37.625],
      timezone: 'Asia/Tehran',
      population: 736224,
    };
    const error = await validJson(new Response(JSON.stringify(v1City)), 'city', City).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    const shown = describeError(error as ApiRequestError, (key, params) => translate('en', key, params));
    const prose = (text: string) => text.replace(/\s+/g, ' ');
    expect(prose(MIGRATION)).toContain(shown);
    expect(prose(API)).toContain(shown);
  });
});
