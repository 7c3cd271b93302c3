/** Reads config.json, the built app's only setting file: another API, language or basemap needs no rebuild. */
import type { z } from 'zod';
import { AppConfig } from './schemas';

/** What is wrong with config.json, in terms the start-up page can put in either language. */
export type ConfigProblem =
  /** The file could not be fetched or is not JSON. */
  | { kind: 'unreadable'; detail: string }
  | { kind: 'missing' }
  | { kind: 'too_big'; limit: number }
  | { kind: 'too_small'; limit: number; inclusive: boolean }
  /** zod's name of the type wanted: number, int, boolean, string, object… */
  | { kind: 'type'; expected: string }
  | { kind: 'one_of'; values: string[] }
  | { kind: 'other'; detail: string };

export class ConfigError extends Error {
  constructor(
    readonly problem: ConfigProblem,
    /** The field at fault (`source.pageSize`), or null for the file as a whole. */
    readonly field: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let value = body;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as never)[key] : undefined;
  return value;
}

/** The first issue of a failed parse as a ConfigError that names the field and what it must be. */
export function configIssue(body: unknown, issue: z.core.$ZodIssue | undefined): ConfigError {
  const path = issue?.path ?? [];
  const field = path.length > 0 ? path.map(String).join('.') : null;
  const message = `${field ?? 'config.json'}: ${issue?.message ?? 'invalid'}`;
  const problem = ((): ConfigProblem => {
    switch (issue?.code) {
      case 'invalid_type':
        return valueAt(body, path) === undefined ? { kind: 'missing' } : { kind: 'type', expected: issue.expected };
      case 'too_big':
        return { kind: 'too_big', limit: Number(issue.maximum) };
      case 'too_small':
        return { kind: 'too_small', limit: Number(issue.minimum), inclusive: issue.inclusive ?? true };
      case 'invalid_value':
        return { kind: 'one_of', values: issue.values.map(String) };
      default:
        return { kind: 'other', detail: issue?.message ?? 'invalid' };
    }
  })();
  return new ConfigError(problem, field, message);
}

export async function loadConfig(url: string): Promise<AppConfig> {
  const unreadable = (detail: string) => new ConfigError({ kind: 'unreadable', detail }, null, detail);
  let body: unknown;
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw unreadable(`${url}: HTTP ${String(response.status)}`);
    body = await response.json();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw unreadable(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = AppConfig.safeParse(body);
  if (!parsed.success) throw configIssue(body, parsed.error.issues[0]);
  return parsed.data;
}
