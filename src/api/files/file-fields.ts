/**
 * The contract's request fields a dropped file's columns are matched to, and the names each goes by: its
 * Open311 name, the headers of common exports (New York City's 311 export among them) and the Persian
 * headers of a 137 export. Names are compared normalized (`normalizeHeader`), so case, spacing,
 * underscores and the Arabic or Persian forms of a letter do not matter.
 */

export const FILE_FIELDS = [
  'service_request_id',
  'service_code',
  'service_name',
  'status',
  'stage',
  'lat',
  'long',
  'requested_datetime',
  'updated_datetime',
  'closed_datetime',
  'expected_datetime',
  'agency_responsible',
  'channel',
  'district_id',
  'description',
  'address',
] as const;
export type FileField = (typeof FILE_FIELDS)[number];

export const DATE_FIELDS = [
  'requested_datetime',
  'updated_datetime',
  'closed_datetime',
  'expected_datetime',
] as const satisfies readonly FileField[];
export type DateField = (typeof DATE_FIELDS)[number];

export function isDateField(field: FileField): field is DateField {
  return (DATE_FIELDS as readonly string[]).includes(field);
}

/**
 * Fields a file cannot do without. The category may come from a code or a name column (`service_code` or
 * `service_name`), so neither is required alone; `hasCategory` checks that one of them is there.
 */
export const REQUIRED_FIELDS: readonly FileField[] = ['service_request_id', 'lat', 'long', 'requested_datetime'];

/**
 * Names by tier: a column matching a field's first tier beats one matching its second, and so on. Two
 * columns on the same best tier are ambiguous and the user chooses. The last tier holds generic words
 * ("date", "type") that are only taken when nothing better names the field.
 */
export const FIELD_NAMES: Record<FileField, readonly (readonly string[])[]> = {
  service_request_id: [
    ['service_request_id'],
    ['unique key', 'request id', 'service request id', 'case id', 'case number', 'ticket id', 'sr number'],
    ['شماره درخواست', 'کد رهگیری', 'شماره پیگیری', 'شناسه درخواست'],
    ['id', 'شماره', 'شناسه'],
  ],
  service_code: [['service_code'], ['category code', 'type code', 'complaint code', 'کد موضوع', 'کد خدمت']],
  service_name: [
    ['service_name'],
    ['complaint type', 'request type', 'service type', 'category', 'موضوع', 'نوع درخواست', 'دسته بندی'],
    ['type', 'subject', 'issue', 'عنوان', 'دسته', 'نوع'],
  ],
  status: [['status'], ['request status', 'وضعیت', 'وضعیت درخواست'], ['state']],
  stage: [['stage'], ['مرحله']],
  lat: [['lat'], ['latitude', 'عرض جغرافیایی'], ['y lat', 'عرض']],
  long: [['long'], ['longitude', 'lon', 'lng', 'طول جغرافیایی'], ['x lon', 'طول']],
  requested_datetime: [
    ['requested_datetime'],
    ['created date', 'date created', 'requested date', 'open date', 'opened date', 'تاریخ ثبت', 'تاریخ درخواست'],
    ['created', 'opened', 'submitted', 'زمان ثبت'],
    ['date', 'تاریخ'],
  ],
  updated_datetime: [
    ['updated_datetime'],
    [
      'resolution action updated date',
      'last updated',
      'updated date',
      'last modified',
      'تاریخ به روزرسانی',
      'تاریخ آخرین اقدام',
    ],
    ['updated', 'modified', 'آخرین تغییر'],
  ],
  closed_datetime: [
    ['closed_datetime'],
    ['closed date', 'date closed', 'close date', 'resolved date', 'تاریخ بسته شدن', 'تاریخ اتمام', 'تاریخ پایان'],
    ['closed', 'resolved', 'تاریخ رسیدگی'],
  ],
  expected_datetime: [
    ['expected_datetime'],
    ['due date', 'target date', 'expected date', 'مهلت رسیدگی', 'تاریخ سررسید'],
    ['due', 'مهلت'],
  ],
  agency_responsible: [
    ['agency_responsible'],
    ['agency', 'responsible agency', 'department', 'واحد مسئول', 'سازمان مسئول'],
    ['agency name', 'owner', 'مسئول', 'ارجاع به'],
  ],
  channel: [
    ['channel'],
    ['open data channel type', 'intake channel', 'method received', 'کانال', 'کانال ثبت', 'روش ثبت', 'نحوه ثبت'],
    ['source', 'origin', 'درگاه'],
  ],
  district_id: [['district_id'], ['district', 'council district', 'منطقه', 'کد منطقه'], ['borough', 'ward']],
  description: [['description'], ['descriptor', 'details', 'شرح', 'توضیحات', 'متن درخواست'], ['text', 'متن']],
  address: [['address'], ['incident address', 'street address', 'location address', 'نشانی', 'آدرس']],
};

/** A header as names are compared: no case, spacing, punctuation, ZWNJ or Arabic letter forms. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u064a\u0649]/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .replace(/[\s\u200c\u200f\u200e\ufeff_\-./()[\]:#'"،]+/g, '');
}
