/**
 * The free-text fields of a request, made on demand from its row: a year of a large city is never held as
 * a million strings. Persian, as residents write them to the 137 system.
 */
import { NO_AREA } from '../../src/domain/request-table';
import { hash32 } from '../random';
import { NEIGHBOURHOOD_NAMES, faDigits } from './areas';
import type { GeneratedRequests } from './requests';
import { CATEGORIES } from './services';

const PHRASES = [
  (name: string) => name,
  (name: string) => `${name} — لطفاً رسیدگی شود`,
  (name: string) => `گزارش شهروند: ${name}`,
  (name: string) => `${name}؛ چند روز است که پیگیری نشده`,
  (name: string) => `${name}. قبلاً هم اطلاع داده بودم`,
  (name: string) => `${name} در نزدیکی منزل`,
] as const;

export function describeRequest(data: GeneratedRequests, i: number): { description: string; address: string } {
  const t = data.table;
  const h = hash32(t.idKey[i]!);
  const name = CATEGORIES[t.service[i]!]!.service.service_name.fa;
  const description = PHRASES[h % PHRASES.length]!(name);
  const n = data.neighbourhood[i]!;
  if (n === NO_AREA) return { description, address: 'ارومیه' };
  const area = NEIGHBOURHOOD_NAMES[n]![0];
  const plate = 1 + ((h >>> 8) % 90);
  return { description, address: `ارومیه، ${area}، کوچه ${faDigits(data.alley[i]!)}، پلاک ${faDigits(plate)}` };
}
