/**
 * Urmia's municipal e-services (88+ online, second in the country) and their use: a catalogue, twelve
 * months of online and in-person transactions per service and district, and the self-service
 * (شهروندسپاری) rollout — District 5 live first, the others in two phases, the last due at a city deadline
 * at the end of a Jalali quarter, as the council's "every district by the end of the first quarter of 1400".
 */
import type { EServices } from '../../src/api/schemas';
import { addDays, calendarDay, isoDayOf, isoDayStart, startOfMonth } from '../../src/domain/calendar';
import type { RolloutStatus } from '../../src/domain/vocabulary';
import { createRandom, type Random } from '../random';
import { DISTRICT_IDS } from './areas';
import { DAY } from './calendar';
import { TIMEZONE } from './frame';

const CATALOGUE: Record<string, readonly (readonly [string, string])[]> = {
  permits: [
    ['درخواست پروانه ساختمانی', 'Building permit application'],
    ['تمدید پروانه ساختمانی', 'Building permit renewal'],
    ['پایان کار ساختمان', 'Certificate of completion'],
    ['عدم خلاف', 'Certificate of no violation'],
    ['گواهی تفکیک', 'Parcel subdivision certificate'],
    ['استعلام طرح تفصیلی', 'Detailed plan enquiry'],
    ['پاسخ استعلام دفاتر اسناد رسمی', 'Notary office enquiry'],
    ['تغییر کاربری', 'Change of land use'],
    ['مجوز حفاری', 'Excavation permit'],
    ['مجوز نصب داربست', 'Scaffolding permit'],
    ['مجوز تخریب', 'Demolition permit'],
    ['ثبت نقشه معماری', 'Architectural drawing filing'],
    ['پیگیری پرونده کمیسیون ماده ۱۰۰', 'Article 100 commission case'],
  ],
  payments: [
    ['پرداخت عوارض نوسازی', 'Renewal levy payment'],
    ['پرداخت عوارض کسب و پیشه', 'Business levy payment'],
    ['پرداخت عوارض خودرو', 'Vehicle levy payment'],
    ['پرداخت عوارض پسماند', 'Waste levy payment'],
    ['پرداخت اقساطی عوارض', 'Levy instalments'],
    ['صورتحساب عوارض ملک', 'Property levy statement'],
    ['پرداخت جریمه پارک حاشیه‌ای', 'Kerbside parking fine'],
    ['استرداد وجه', 'Refund request'],
    ['مفاصاحساب شهرداری', 'Municipal clearance certificate'],
    ['پرداخت الکترونیکی قبوض', 'Online bill payment'],
    ['کیف پول شهروندی', 'Citizen wallet'],
  ],
  business: [
    ['صدور پروانه کسب', 'Business licence'],
    ['تمدید پروانه کسب', 'Business licence renewal'],
    ['مجوز تابلو', 'Shop sign permit'],
    ['مجوز تبلیغات محیطی', 'Outdoor advertising permit'],
    ['اجاره غرفه بازارچه', 'Market stall rental'],
    ['ثبت‌نام بازارچه‌های فصلی', 'Seasonal market registration'],
    ['مجوز فعالیت دستفروشی ساماندهی‌شده', 'Licensed street vending'],
  ],
  transport: [
    ['کارت بلیت الکترونیکی', 'Electronic transit card'],
    ['شارژ کارت اتوبوس', 'Bus card top-up'],
    ['پروانه تاکسیرانی', 'Taxi licence'],
    ['تمدید پروانه تاکسی', 'Taxi licence renewal'],
    ['ثبت‌نام تاکسی اینترنتی', 'Ride-hailing driver registration'],
    ['پارکومتر هوشمند', 'Smart parking meter'],
    ['رزرو پارکینگ عمومی', 'Public car park booking'],
    ['اطلاعات لحظه‌ای اتوبوس', 'Live bus arrivals'],
    ['معاینه فنی خودرو', 'Vehicle inspection booking'],
    ['مجوز تردد ماشین‌آلات سنگین', 'Heavy vehicle access permit'],
  ],
  urban: [
    ['سامانه ۱۳۷', 'The 137 request system'],
    ['پیگیری درخواست ۱۳۷', 'Track a 137 request'],
    ['درخواست جمع‌آوری پسماند خشک', 'Recyclables pickup'],
    ['درخواست جمع‌آوری نخاله', 'Debris pickup'],
    ['درخواست هرس درخت', 'Tree pruning request'],
    ['مجوز قطع درخت', 'Tree felling permit'],
    ['رزرو سالن‌های فرهنگی', 'Cultural hall booking'],
    ['ثبت‌نام کلاس‌های فرهنگسرا', 'Cultural centre classes'],
    ['رزرو اماکن ورزشی', 'Sports facility booking'],
    ['نوبت‌دهی آرامستان', 'Cemetery services booking'],
    ['استعلام آرامستان', 'Cemetery records'],
    ['درخواست خدمات آتش‌نشانی', 'Fire safety inspection'],
    ['گواهی ایمنی آتش‌نشانی', 'Fire safety certificate'],
    ['آموزش‌های شهروندی', 'Citizen training'],
    ['نقشه شهر و معابر', 'City and street map'],
    ['اعلام خرابی روشنایی', 'Report a lighting fault'],
  ],
  property: [
    ['استعلام وضعیت ملک', 'Property status enquiry'],
    ['پلاک‌کوبی', 'House numbering'],
    ['کد نوسازی', 'Renewal code lookup'],
    ['استعلام عقب‌نشینی', 'Setback enquiry'],
    ['ارزش معاملاتی املاک', 'Property transaction value'],
    ['درخواست خرید ملک مازاد', 'Surplus land purchase'],
    ['اجاره املاک شهرداری', 'Municipal property lease'],
    ['شرکت در مزایده', 'Auction bidding'],
    ['شرکت در مناقصه', 'Tender submission'],
  ],
  citizen: [
    ['پنجره واحد شهرسازی', 'Urban planning one-stop shop'],
    ['شهروندسپاری', 'Citizen self-service'],
    ['پرونده الکترونیک شهروند', 'Citizen e-file'],
    ['پیشخوان مجازی شهرداری', 'Municipal virtual counter'],
    ['نظرسنجی شهروندی', 'Citizen surveys'],
    ['سامانه پیشنهادها', 'Suggestions box'],
    ['ارتباط با شهردار', 'Contact the mayor'],
    ['ارتباط با شورای شهر', 'Contact the city council'],
    ['مصوبات شورا', 'Council resolutions'],
    ['سامانه شفافیت', 'Transparency portal'],
    ['گزارش تخلف ساختمانی', 'Report a building violation'],
    ['بازرسی و رسیدگی به شکایات', 'Complaints and inspection'],
    ['استخدام و آزمون', 'Recruitment and exams'],
    ['فیش حقوقی کارکنان', 'Staff payslips'],
  ],
  social: [
    ['ثبت‌نام مهدکودک‌های شهرداری', 'Municipal nursery enrolment'],
    ['خدمات سالمندان', 'Services for the elderly'],
    ['خدمات معلولان', 'Disability services'],
    ['سامانه داوطلبان', 'Volunteer registration'],
    ['کتابخانه‌های عمومی', 'Public libraries'],
    ['رزرو غرفه نمایشگاه', 'Exhibition stand booking'],
    ['ثبت‌نام جشنواره‌ها', 'Festival registration'],
    ['گردشگری شهری', 'City tourism guide'],
    ['بلیت باغ‌موزه', 'Museum garden tickets'],
    ['رزرو بوستان‌ها', 'Park event booking'],
    ['ثبت ازدواج در تالار شهر', 'City hall ceremony booking'],
  ],
};

export function eServiceCatalogue(): EServices['catalogue'] {
  return Object.entries(CATALOGUE).flatMap(([group, items]) =>
    items.map(([fa, en], k) => ({ id: `${group}-${String(k + 1).padStart(2, '0')}`, name: { fa, en }, group })),
  );
}

/** The last day (ISO) of the Jalali quarter (three Jalali months from Farvardin) that contains `sec`. */
function jalaliQuarterEnd(sec: number): string {
  let next = startOfMonth(sec, 'persian', TIMEZONE);
  do next = startOfMonth(addDays(next, 32, TIMEZONE), 'persian', TIMEZONE);
  while (calendarDay(next, 'persian', TIMEZONE).month % 3 !== 1);
  return isoDayOf(next - 1, TIMEZONE);
}

const daysAfter = (isoDay: string, days: number) => isoDayOf(isoDayStart(isoDay, TIMEZONE) + days * DAY, TIMEZONE);

/**
 * Self-service rollout relative to `now`: District 5 live first, on its own target; districts 1, 2 and 4 due
 * at the end of a quarter already past (1 early, 2 late, 4 not started and late); District 3 piloting
 * towards the city deadline, the end of a quarter three to six months ahead.
 */
function rollout(nowSec: number): { deadline: string; districts: EServices['self_service_rollout'] } {
  const deadline = jalaliQuarterEnd(nowSec + 90 * DAY);
  const phase2 = jalaliQuarterEnd(nowSec - 120 * DAY);
  const first = isoDayOf(nowSec - 300 * DAY, TIMEZONE);
  const plan: [district: string, status: RolloutStatus, launched: string | null, target: string][] = [
    ['1', 'live', daysAfter(phase2, -35), phase2],
    ['2', 'live', daysAfter(phase2, 25), phase2],
    ['3', 'pilot', null, deadline],
    ['4', 'planned', null, phase2],
    ['5', 'live', first, first],
  ];
  const districts = plan.map(([district_id, status, launched_at, target_date]) => ({
    district_id,
    status,
    launched_at,
    target_date,
  }));
  return { deadline, districts };
}

/** The 12 Gregorian months before the month of `now`, oldest first, as YYYY-MM. */
function lastMonths(now: Date): string[] {
  return Array.from({ length: 12 }, (_, k) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 12 + k, 1));
    return d.toISOString().slice(0, 7);
  });
}

/**
 * How much a service is used and how it takes up: its weight in a district's transactions, its online share
 * at the start of the year and what it gains over the year.
 */
interface TakeUp {
  weight: number;
  start: number;
  gain: number;
}

/** Payments and transit go online first; permits and property need documents and visits, and lag. */
const GROUP_TAKE_UP: Record<string, TakeUp> = {
  payments: { weight: 3, start: 0.7, gain: 0.15 },
  transport: { weight: 2, start: 0.6, gain: 0.15 },
  citizen: { weight: 1, start: 0.5, gain: 0.15 },
  urban: { weight: 1.5, start: 0.35, gain: 0.2 },
  business: { weight: 1, start: 0.3, gain: 0.15 },
  social: { weight: 0.7, start: 0.3, gain: 0.1 },
  property: { weight: 0.8, start: 0.2, gain: 0.1 },
  permits: { weight: 0.6, start: 0.12, gain: 0.05 },
};

/** Services unlike their group. A weight of 0: the city reports no transaction of it (no usage rows). */
const SERVICE_TAKE_UP: Record<string, Partial<TakeUp>> = {
  'transport-08': { start: 0.96, gain: 0.01 }, // live bus arrivals: online by nature
  'payments-10': { weight: 6, start: 0.85, gain: 0.08 }, // bill payment: the busiest service, mostly online
  'permits-01': { weight: 2.5, start: 0.08, gain: 0.06 }, // building permits: many visits left
  'permits-11': { start: 0.03, gain: 0 }, // demolition: an inspector must come
  'urban-10': { weight: 2.5, start: 0.05, gain: 0.01 }, // cemetery booking: families come in person
  'citizen-14': { weight: 0 }, // staff payslips: not a citizen's transaction
};

/** Online share offset per district: District 4, the old town, lags; District 5 leads. */
const DISTRICT_LEAD: Record<string, number> = { '1': 0, '2': 0.02, '3': -0.05, '4': -0.12, '5': 0.05 };
/** Transactions per district and month, every service together. */
const DISTRICT_VOLUME = [38_000, 41_000, 37_000, 34_000, 36_000];

function takeUps(catalogue: EServices['catalogue'], rng: Random): TakeUp[] {
  return catalogue.map(({ id, group }) => {
    const base = GROUP_TAKE_UP[group]!;
    const own = SERVICE_TAKE_UP[id];
    return {
      weight: own?.weight ?? base.weight * rng.uniform(0.5, 1.6),
      start: own?.start ?? base.start + rng.uniform(-0.06, 0.06),
      gain: own?.gain ?? base.gain,
    };
  });
}

const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

export function buildEServices(seed: number, now: Date): EServices {
  const rng = createRandom(seed ^ 0xe5e7);
  const nowSec = Math.floor(now.getTime() / 1000);
  const { deadline, districts } = rollout(nowSec);
  const months = lastMonths(now);
  const catalogue = eServiceCatalogue();
  const services = takeUps(catalogue, rng);
  const totalWeight = services.reduce((sum, s) => sum + s.weight, 0);
  const usage: EServices['usage'] = [];
  const usageByService: NonNullable<EServices['usage_by_service']> = [];
  for (const [m, month] of months.entries()) {
    for (const [d, district_id] of DISTRICT_IDS.entries()) {
      const launch = districts.find((s) => s.district_id === district_id)?.launched_at;
      const live = launch !== null && launch !== undefined && launch.slice(0, 7) <= month;
      const volume = DISTRICT_VOLUME[d]! * (0.9 + 0.004 * m);
      const total = { online: 0, in_person: 0 };
      for (const [k, service] of services.entries()) {
        if (service.weight === 0) continue;
        const base = clamp(service.start + (service.gain * m) / 11 + DISTRICT_LEAD[district_id]!, 0.01, 0.97);
        // Self-service lifts the services half taken up the most, not those all online or tied to a visit.
        const share = clamp(base + (live ? 0.5 * base * (1 - base) : 0) + rng.uniform(-0.03, 0.03), 0, 0.99);
        const transactions = Math.round(((volume * service.weight) / totalWeight) * rng.uniform(0.85, 1.15));
        const online = Math.round(transactions * share);
        usageByService.push({
          month,
          district_id,
          service_id: catalogue[k]!.id,
          online,
          in_person: transactions - online,
        });
        total.online += online;
        total.in_person += transactions - online;
      }
      usage.push({ month, district_id, ...total });
    }
  }
  return {
    catalogue,
    usage,
    usage_by_service: usageByService,
    online_share_target: { share: 0.75, target_date: deadline },
    self_service_deadline: deadline,
    self_service_rollout: districts,
  };
}
