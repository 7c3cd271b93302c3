/**
 * Urmia's municipal e-services (88+ online, second in the country) and their use: a catalogue, twelve
 * months of online and in-person transactions per district, and the self-service (شهروندسپاری) rollout —
 * District 5 live first, the others against a common deadline, some of them late.
 */
import type { EServices } from '../../src/api/schemas';
import type { RolloutStatus } from '../../src/domain/vocabulary';
import { createRandom } from '../random';
import { DISTRICT_IDS } from './areas';
import { DAY } from './calendar';
import { localIsoDate } from './frame';

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

/** Self-service rollout relative to `now`: District 5 first, then a common deadline the others chase. */
function rollout(nowSec: number): EServices['self_service_rollout'] {
  const deadline = localIsoDate(nowSec - 95 * DAY);
  const plan: [district: string, status: RolloutStatus, launchedDaysAgo: number | null, target: string][] = [
    ['5', 'live', 300, localIsoDate(nowSec - 300 * DAY)],
    ['1', 'live', 130, deadline],
    ['2', 'live', 40, deadline],
    ['3', 'pilot', null, deadline],
    ['4', 'planned', null, deadline],
  ];
  return plan
    .map(([district_id, status, ago, target_date]) => ({
      district_id,
      status,
      launched_at: ago === null ? null : localIsoDate(nowSec - ago * DAY),
      target_date,
    }))
    .sort((a, b) => a.district_id.localeCompare(b.district_id));
}

/** The 12 Gregorian months before the month of `now`, oldest first, as YYYY-MM. */
function lastMonths(now: Date): string[] {
  return Array.from({ length: 12 }, (_, k) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 12 + k, 1));
    return d.toISOString().slice(0, 7);
  });
}

export function buildEServices(seed: number, now: Date): EServices {
  const rng = createRandom(seed ^ 0xe5e7);
  const nowSec = Math.floor(now.getTime() / 1000);
  const self = rollout(nowSec);
  const months = lastMonths(now);
  const volume = [38_000, 41_000, 37_000, 34_000, 36_000];
  const usage = months.flatMap((month, m) =>
    DISTRICT_IDS.map((district_id, d) => {
      const launch = self.find((s) => s.district_id === district_id)?.launched_at;
      const live = launch !== null && launch !== undefined && launch.slice(0, 7) <= month;
      // Online share grows over the year, and jumps once a district's self-service goes live.
      const share = Math.min(0.92, 0.34 + 0.018 * m + (live ? 0.17 : 0) + rng.uniform(-0.02, 0.02));
      const total = Math.round(volume[d]! * (0.9 + 0.004 * m) * rng.uniform(0.93, 1.07));
      const online = Math.round(total * share);
      return { month, district_id, online, in_person: total - online };
    }),
  );
  return { catalogue: eServiceCatalogue(), usage, self_service_rollout: self };
}
