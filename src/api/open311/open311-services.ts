/**
 * Open311 `services.json` as the app's category catalogue. An Open311 service has a code, one name and
 * optionally a group; it has no second language, no target time and no jurisdiction, so the one name
 * serves both languages, the group's code is its name, and every category is the city's own (municipal)
 * with no target (only a request's own `expected_datetime` makes it overdue).
 */
import { z } from 'zod';
import { Id, MAX_ID_LENGTH, Service } from '../schemas';

const Open311Service = z.object({
  service_code: Id,
  service_name: z.string().trim().min(1),
  // Some endpoints write "" or null for a service in no group.
  group: z.string().trim().max(MAX_ID_LENGTH).nullish(),
});

export const Open311ServiceList = z.array(z.unknown());

export interface ServiceReading {
  services: Service[];
  /** Entries that could not be read (no code or no name) or repeat an earlier code. */
  setAside: number;
}

/** The catalogue from the entries of `services.json`, read one by one (one bad entry is not a failure). */
export function readOpen311Services(entries: readonly unknown[]): ServiceReading {
  const services: Service[] = [];
  const seen = new Set<string>();
  let setAside = 0;
  for (const entry of entries) {
    const parsed = Open311Service.safeParse(entry);
    if (!parsed.success || seen.has(parsed.data.service_code)) {
      setAside++;
      continue;
    }
    const { service_code, service_name, group } = parsed.data;
    seen.add(service_code);
    services.push(Service.parse({ service_code, service_name, ...(group ? { group, group_name: group } : {}) }));
  }
  return { services, setAside };
}

/**
 * A category that requests name but `services.json` lacks (endpoints retire services while their old
 * requests stay): kept as a category of its own, in a group of its own, named by the requests'
 * `service_name`.
 */
export function unlistedService(code: string, name: string): Service {
  return Service.parse({ service_code: code, service_name: name });
}
