/** Reads config.json, the built app's only setting file: another API, language or basemap needs no rebuild. */
import { AppConfig } from './schemas';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export async function loadConfig(url: string): Promise<AppConfig> {
  let body: unknown;
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new ConfigError(`${url}: HTTP ${String(response.status)}`);
    body = await response.json();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = AppConfig.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  return parsed.data;
}
