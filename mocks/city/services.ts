/**
 * The request categories of the 137 system, grouped, with Persian and English names, who must act on each,
 * its service level (hours to resolve) and how its volume moves with the seasons. About a tenth of the
 * volume falls to outside agencies (water, power, gas, telecom, police).
 */
import type { Jurisdiction, Service } from '../../src/api/schemas';

/** Monthly volume multipliers, January first. */
const SEASONS = {
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  winter: [3.2, 2.6, 1.2, 0.1, 0, 0, 0, 0, 0, 0.1, 0.9, 2.4],
  thaw: [0.9, 1.3, 1.7, 1.6, 1.2, 0.9, 0.7, 0.6, 0.7, 0.8, 0.9, 0.9],
  spring: [0.4, 0.5, 1.0, 1.6, 1.8, 1.6, 1.3, 1.1, 1.0, 0.8, 0.5, 0.4],
  summer: [0.4, 0.4, 0.6, 0.9, 1.3, 1.7, 1.9, 1.8, 1.3, 0.8, 0.5, 0.4],
  autumn: [0.8, 0.7, 0.8, 0.9, 0.9, 0.9, 0.9, 1.0, 1.2, 1.6, 1.5, 1.0],
  cold: [1.7, 1.6, 1.2, 0.8, 0.6, 0.5, 0.5, 0.5, 0.6, 0.9, 1.3, 1.6],
} as const;
export type Season = keyof typeof SEASONS;
export const seasonFactor = (season: Season, month: number) => SEASONS[season][month]!;

interface Group {
  code: string;
  fa: string;
  en: string;
  jurisdiction: Jurisdiction;
  agency: string;
}

const GROUPS = {
  roads: ['roads', 'راه و معابر', 'Roads & asphalt', 'municipal', 'Urmia Municipality — Civil Works'],
  lighting: ['lighting', 'روشنایی معابر', 'Street lighting', 'municipal', 'Urmia Municipality — Lighting'],
  waste: ['waste', 'پسماند و نظافت', 'Waste & cleaning', 'municipal', 'Urmia Waste Management Organisation'],
  green: ['green', 'فضای سبز', 'Parks & green space', 'municipal', 'Urmia Parks & Green Space Organisation'],
  traffic: ['traffic', 'ترافیک', 'Traffic', 'municipal', 'Urmia Traffic & Transport Organisation'],
  building: [
    'building',
    'ساختمان و شهرسازی',
    'Buildings & permits',
    'municipal',
    'Urmia Municipality — Urban Planning',
  ],
  transit: ['transit', 'حمل‌ونقل عمومی', 'Public transport', 'municipal', 'Urmia Bus & Taxi Organisation'],
  water: ['water', 'آب و فاضلاب', 'Water & sewer', 'water', 'Urmia Water & Wastewater Company'],
  power: ['power', 'برق', 'Power', 'power', 'Urmia Power Distribution Company'],
  gas: ['gas', 'گاز', 'Gas', 'gas', 'West Azerbaijan Gas Company'],
  telecom: ['telecom', 'مخابرات', 'Telecom', 'telecom', 'Telecommunication Company of Iran — Urmia'],
  police: ['police', 'انتظامی', 'Police', 'police', 'Urmia Police Command'],
} as const satisfies Record<string, readonly [string, string, string, Jurisdiction, string]>;
type GroupKey = keyof typeof GROUPS;

/** A category as the generator sees it: the contract's Service plus volume, season and agency. */
export interface Category {
  /** The contract's Service, with the target every demo category has. */
  service: Service & { sla_hours: number };
  agency: string;
  /** Relative share of the yearly volume. */
  weight: number;
  season: Season;
  /** Whether this category comes in bursts of duplicates (many reports of one problem). */
  bursty: boolean;
}

type Row = [
  code: string,
  group: GroupKey,
  fa: string,
  en: string,
  sla: number,
  weight: number,
  season: Season,
  bursty?: true,
];

const ROWS: Row[] = [
  ['ROAD_POTHOLE', 'roads', 'چاله و دست‌انداز', 'Pothole', 168, 6, 'thaw', true],
  ['ROAD_ASPHALT', 'roads', 'آسفالت کوچه و معبر', 'Alley or street asphalt', 720, 7, 'spring', true],
  ['ROAD_SIDEWALK', 'roads', 'خرابی پیاده‌رو', 'Damaged sidewalk', 336, 3, 'spring'],
  ['ROAD_SNOW', 'roads', 'برف‌روبی و یخ‌زدایی', 'Snow and ice clearance', 24, 4, 'winter'],
  ['ROAD_MANHOLE', 'roads', 'دریچه و درپوش معبر', 'Missing or broken manhole cover', 72, 2, 'flat'],
  ['LIGHT_OUT', 'lighting', 'خاموشی چراغ معابر', 'Street light out', 72, 7, 'autumn', true],
  ['LIGHT_POLE', 'lighting', 'آسیب‌دیدگی پایه چراغ', 'Damaged light pole', 168, 1.5, 'flat'],
  ['WASTE_COLLECTION', 'waste', 'جمع‌آوری نشدن زباله', 'Missed waste collection', 24, 9, 'summer', true],
  ['WASTE_SWEEPING', 'waste', 'رفت‌وروب معابر', 'Street sweeping', 48, 5, 'autumn'],
  ['WASTE_DEBRIS', 'waste', 'تخلیه نخاله ساختمانی', 'Dumped construction debris', 72, 4, 'spring'],
  ['WASTE_BIN', 'waste', 'مخزن زباله', 'Waste bin missing or broken', 72, 3, 'flat'],
  ['WASTE_PESTS', 'waste', 'سم‌پاشی و مبارزه با جانوران موذی', 'Pest control', 168, 2, 'summer'],
  ['WASTE_ANIMALS', 'waste', 'حیوانات بلاصاحب', 'Stray animals', 72, 2.5, 'flat'],
  ['GREEN_PRUNING', 'green', 'هرس درختان', 'Tree pruning', 336, 3, 'autumn'],
  ['GREEN_PARK', 'green', 'نگهداری پارک', 'Park maintenance', 168, 3.5, 'summer'],
  ['GREEN_IRRIGATION', 'green', 'آبیاری فضای سبز', 'Green space irrigation', 72, 3, 'summer'],
  ['GREEN_FALLEN_TREE', 'green', 'سقوط درخت', 'Fallen tree', 24, 1, 'cold'],
  ['TRAFFIC_SIGNAL', 'traffic', 'خرابی چراغ راهنمایی', 'Traffic signal fault', 24, 2, 'flat'],
  ['TRAFFIC_MARKING', 'traffic', 'خط‌کشی معابر', 'Road markings', 720, 2, 'spring'],
  ['TRAFFIC_SIGN', 'traffic', 'تابلو و علائم راهنمایی', 'Traffic signs', 336, 1.5, 'flat'],
  ['BUILD_ILLEGAL', 'building', 'ساخت‌وساز غیرمجاز', 'Unauthorised construction', 168, 3, 'spring', true],
  ['BUILD_ENCROACH', 'building', 'سد معبر', 'Obstruction of the public way', 72, 4, 'summer'],
  ['BUILD_UNSAFE', 'building', 'ساختمان ناایمن', 'Unsafe building', 72, 1, 'flat'],
  ['TRANSIT_BUS', 'transit', 'اتوبوسرانی', 'Bus service', 168, 3, 'autumn'],
  ['TRANSIT_TAXI', 'transit', 'تاکسیرانی', 'Taxi service', 168, 1.5, 'flat'],
  ['WATER_LEAK', 'water', 'نشت لوله آب', 'Water main leak', 24, 2, 'cold'],
  ['WATER_SEWER', 'water', 'گرفتگی فاضلاب', 'Sewer blockage', 48, 2, 'flat', true],
  ['WATER_OUTAGE', 'water', 'قطعی یا افت فشار آب', 'Water outage or low pressure', 24, 1.5, 'summer'],
  ['POWER_OUTAGE', 'power', 'قطعی برق', 'Power outage', 12, 1.8, 'summer'],
  ['GAS_LEAK', 'gas', 'بوی گاز', 'Gas smell or leak', 6, 0.7, 'cold'],
  ['TELECOM_CABLE', 'telecom', 'کابل و کافو مخابرات', 'Telecom cable or cabinet', 168, 0.6, 'flat'],
  ['POLICE_PARKING', 'police', 'پارک غیرمجاز', 'Illegal parking', 24, 0.9, 'flat'],
];

function group(key: GroupKey): Group {
  const [code, fa, en, jurisdiction, agency] = GROUPS[key];
  return { code, fa, en, jurisdiction, agency };
}

/** The categories, in the order of their index in the request table. */
export const CATEGORIES: readonly Category[] = ROWS.map(([code, key, fa, en, sla, weight, season, bursty]) => {
  const g = group(key);
  return {
    service: {
      service_code: code,
      service_name: { fa, en },
      group: g.code,
      group_name: { fa: g.fa, en: g.en },
      jurisdiction: g.jurisdiction,
      sla_hours: sla,
    },
    agency: g.agency,
    weight,
    season,
    bursty: bursty === true,
  };
});

/** The agencies, in the order of their index in the request table. */
export const AGENCIES: readonly string[] = [...new Set(CATEGORIES.map((c) => c.agency))];
