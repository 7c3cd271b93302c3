/**
 * Files dropped on the page: a small CSV written here (NYC-style headers, one column the matcher cannot
 * place, a few unreadable rows) is dropped on the built app, the mapping dialog is answered, and the data
 * set's requests are drawn and counted — the KPI strip shows what this test works out from the CSV on its
 * own, the set-aside note the unreadable rows; the data set survives a reload, and clearing it brings the
 * demo city back.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, screenshotMap, waitForReady } from './support/browser';
import { kpi, openApp, readFigures } from './support/app';
import { changedPixels, decodePng } from './support/png';
import { useBrowser, useDistServer } from './support/suite';

const DAY = 86_400;
const FILE_NAME = 'requests-test.csv';

interface FixtureRow {
  id: string;
  created: number;
  closed: number | null;
  due: number;
  category: string;
  lat: string;
  lon: string;
  channel: string;
}

/** US export style, as NYC writes it: 03/01/2011 02:27:57 PM (read in the browser's zone, the dialog's default). */
function usDate(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hour = d.getUTCHours() % 12 || 12;
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${pad(hour)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
}

/** 40 readable requests over the last 60 days around a point, then three the contract cannot take. */
function fixtureCsv(now: number): string {
  const rows: FixtureRow[] = [];
  const categories = ['Pothole', 'Street Light', 'Noise'];
  for (let i = 0; i < 40; i++) {
    const created = now - (60 - i) * DAY + 3600 * (i % 9);
    // Every third request is still open; among those, one in two is past its due date (by days, whatever the zone).
    const open = i % 3 === 0;
    rows.push({
      id: String(5000 + i),
      created,
      closed: open ? null : created + DAY * (1 + (i % 4)),
      due: open && i % 2 === 0 ? now - 10 * DAY : now + 10 * DAY,
      category: categories[i % 3]!,
      lat: (40.7 + (i % 7) * 0.004).toFixed(5),
      lon: (-73.95 + (i % 5) * 0.005).toFixed(5),
      channel: ['PHONE', 'ONLINE', 'MOBILE', 'UNKNOWN'][i % 4]!,
    });
  }
  const line = (r: FixtureRow, status: string, created = usDate(r.created)) =>
    [
      r.id,
      created,
      r.closed === null ? '' : usDate(r.closed),
      status,
      `"${r.category}, reported"`,
      r.lat,
      r.lon,
      r.channel,
      usDate(r.due),
    ].join(',');
  const lines = [
    'Unique Key,Created Date,Closed Date,Status,Kategorie,Latitude,Longitude,Open Data Channel Type,Due Date',
  ];
  for (const r of rows) lines.push(line(r, r.closed === null ? 'Open' : 'Closed'));
  const template = rows[1]!;
  // Unreadable: a date that does not exist, a row without coordinates, a row closed before it was opened.
  lines.push(line({ ...template, id: '9001' }, 'Closed', '02/30/2025 10:00:00 AM'));
  lines.push(line({ ...template, id: '9002', lat: '', lon: '' }, 'Closed'));
  lines.push(line({ ...template, id: '9003', closed: template.created - DAY }, 'Closed'));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The figures worked out from the CSV text by this test alone: a row counts when its created date is a
 * real calendar date, it has both coordinates, and it is not closed before it was created; open is
 * "no closed date"; overdue is open and past its due date.
 */
function expectedFromCsv(csv: string, now: number) {
  const rows = csv
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, '')));
  const parse = (text: string) => {
    const m = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d) ([AP])M$/.exec(text);
    if (!m) return null;
    const [, mo, d, y, h, mi, s, ap] = m;
    const t = Date.UTC(
      Number(y),
      Number(mo) - 1,
      Number(d),
      (Number(h) % 12) + (ap === 'P' ? 12 : 0),
      Number(mi),
      Number(s),
    );
    return new Date(t).getUTCDate() === Number(d) ? t / 1000 : null;
  };
  let requests = 0;
  let open = 0;
  let overdue = 0;
  let setAside = 0;
  for (const [, created, closed, , , lat, lon, , due] of rows) {
    const c = parse(created!);
    const x = closed ? parse(closed) : null;
    if (c === null || !lat || !lon || (x !== null && x < c)) {
      setAside++;
      continue;
    }
    requests++;
    if (!closed) {
      open++;
      if (parse(due!)! < now) overdue++;
    }
  }
  return { requests, open, overdue, setAside };
}

/** Drops files on the page as a user's drag would: a DataTransfer with the files, dragenter, dragover, drop. */
async function dropFiles(page: Page, files: { name: string; type: string; text: string }[]) {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: f.type }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, files);
}

/**
 * The demo city's KPI is back: the demo generates its requests up to the moment the page loads, so its
 * year count may have moved by a request or two since the first load.
 */
async function nearDemo(page: Page, demoRequests: number): Promise<boolean> {
  const shown = await kpi(page, 'kpi-requests');
  return Math.abs(shown - demoRequests) <= Math.ceil(demoRequests * 0.001);
}

async function setLayer(page: Page, id: string, on: boolean) {
  const box = page.getByTestId(`layer-${id}`);
  if ((await box.isChecked()) !== on) await box.click();
}

describe('a CSV dropped on the page', () => {
  const browser = useBrowser();
  const app = useDistServer();

  it('is mapped in the dialog, drawn and counted, kept across a reload, and cleared back to the demo city', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url, '?lang=en');
    const demoRequests = await kpi(page, 'kpi-requests');
    const now = Math.floor(Date.now() / 1000);
    const csv = fixtureCsv(now);
    const expected = expectedFromCsv(csv, now);
    expect(expected).toMatchObject({ requests: 40, setAside: 3 });

    await dropFiles(page, [{ name: FILE_NAME, type: 'text/csv', text: csv }]);
    const dialog = page.getByTestId('mapping-dialog');
    await dialog.waitFor();
    // "Kategorie" is no name the matcher knows: the category is asked for, and Load waits for it.
    expect(await page.getByTestId('mapping-field-service_name').inputValue()).toBe('none');
    expect(await page.getByTestId('mapping-load').isDisabled()).toBe(true);
    expect(await page.getByTestId('mapping-gaps').innerText()).toContain('category');
    expect(await page.getByTestId('mapping-field-requested_datetime').inputValue()).toBe('1');
    expect(await page.getByTestId('mapping-format-requested_datetime').inputValue()).toBe('mdy');
    expect(await page.getByTestId('mapping-preview').innerText()).toContain('Pothole, reported');
    await saveScreenshot(page, 'files-e2e-mapping-dialog-missing');
    await page.getByTestId('mapping-field-service_name').selectOption({ label: 'Kategorie' });
    await page.getByTestId('mapping-load').click();

    await expect.poll(() => page.getByTestId('dataset-name').innerText(), { timeout: 30_000 }).toContain(FILE_NAME);
    await expect.poll(() => kpi(page, 'kpi-requests'), { timeout: 60_000 }).toBe(expected.requests);
    await waitForReady(page);
    expect(await readFigures(page, 'kpi')).toEqual({
      requests: expected.requests,
      open: expected.open,
      overdue: expected.overdue,
    });
    const quality = page.getByTestId('data-quality');
    expect(await quality.getAttribute('data-set-aside')).toBe(String(expected.setAside));
    await quality.locator('summary').click();
    const note = await quality.innerText();
    for (const reason of ['invalid date', 'no coordinates', 'closed before it was received'])
      expect(note).toContain(reason);
    // Without polygons the city is one area, the data's extent, and says so.
    expect(await page.getByTestId('dataset-shown').innerText()).toContain('extent');

    // The requests are drawn: a data set this small is drawn request by request at the city's zoom, so each
    // request changes the map's pixels over the basemap (a dot of 4 px radius covers about 50 pixels; a
    // quarter of that per request leaves room for dots that overlap).
    await setLayer(page, 'choropleth', false);
    await setLayer(page, 'heatmap', false);
    await setLayer(page, 'points', false);
    await page.waitForTimeout(800);
    const without = decodePng(await screenshotMap(page));
    await setLayer(page, 'heatmap', true);
    await setLayer(page, 'points', true);
    await page.waitForTimeout(1500);
    const drawn = decodePng(await screenshotMap(page));
    expect(changedPixels(without, drawn)).toBeGreaterThan(expected.requests * 12);

    await page.reload();
    await expect.poll(() => kpi(page, 'kpi-requests'), { timeout: 60_000 }).toBe(expected.requests);
    await waitForReady(page);
    expect(await page.getByTestId('dataset-name').innerText()).toContain(FILE_NAME);
    expect(await page.getByTestId('data-quality').getAttribute('data-set-aside')).toBe(String(expected.setAside));

    await page.getByTestId('dataset-clear').click();
    await expect.poll(() => page.getByTestId('dataset-name').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => nearDemo(page, demoRequests), { timeout: 120_000 }).toBe(true);
    await waitForReady(page);
    await page.reload();
    await waitForReady(page);
    expect(await page.getByTestId('dataset-name').count()).toBe(0);
    expect(await nearDemo(page, demoRequests)).toBe(true);
  }, 300_000);

  it('reads a GeoJSON of points with Persian properties and Jalali dates, beside districts and nested neighbourhoods', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url, '?lang=en');
    const now = Math.floor(Date.now() / 1000);
    const { points, districts, neighbourhoods, expected } = geoJsonFixture(now);
    await dropFiles(page, [
      { name: 'points.geojson', type: 'application/geo+json', text: JSON.stringify(points) },
      { name: 'districts.geojson', type: 'application/geo+json', text: JSON.stringify(districts) },
      { name: 'mahalleh.geojson', type: 'application/geo+json', text: JSON.stringify(neighbourhoods) },
    ]);
    await page.getByTestId('mapping-dialog').waitFor();
    // Every field is placed by its Persian name; the Jalali dates are proposed, for the user to keep.
    expect(await page.getByTestId('mapping-gaps').count()).toBe(0);
    expect(await page.getByTestId('mapping-format-requested_datetime').inputValue()).toBe('jalali');
    await page.getByTestId('mapping-timezone').selectOption('Asia/Tehran');
    await page.getByTestId('mapping-load').click();

    await expect.poll(() => kpi(page, 'kpi-requests'), { timeout: 60_000 }).toBe(expected.requests);
    await waitForReady(page);
    expect(await kpi(page, 'kpi-open')).toBe(expected.open);
    // Two outside every district, one without a geometry.
    expect(await page.getByTestId('data-quality').getAttribute('data-set-aside')).toBe('3');
    const districtList = page.getByTestId('district-list').getByRole('button');
    expect(await districtList.count()).toBe(2);
    await districtList.filter({ hasText: 'Centre' }).click();
    const neighbourhoodList = page.getByTestId('neighbourhood-list').getByRole('button');
    await neighbourhoodList.first().waitFor();
    expect((await neighbourhoodList.allInnerTexts()).map((t) => t.split('\n')[0])).toEqual(['Bazaar', 'Citadel']);
  }, 300_000);
});

/** A square polygon, [west, south] corner and size in degrees. */
function square(west: number, south: number, size: number) {
  const ring = [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ];
  return { type: 'Polygon', coordinates: [ring] };
}

/** YYYY/MM/DD HH:mm in the Jalali calendar, Tehran time, as a 137 export writes it. */
function jalali(epochSeconds: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
      timeZone: 'Asia/Tehran',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(epochSeconds * 1000)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}/${parts.month}/${parts.day} ${parts.hour}:${parts.minute}`;
}

/**
 * Two districts (Centre with two neighbourhoods in another file, North beside it) and 24 requests: 21
 * inside, two outside every district, one without a geometry. Every third request is still open.
 */
function geoJsonFixture(now: number) {
  const districts = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'centre', name_en: 'Centre', name_fa: 'مرکز' },
        geometry: square(45, 37.5, 0.1),
      },
      {
        type: 'Feature',
        properties: { id: 'north', name_en: 'North', name_fa: 'شمال' },
        geometry: square(45, 37.6, 0.1),
      },
    ],
  };
  const neighbourhoods = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { id: 'bazaar', name: 'Bazaar' }, geometry: square(45.01, 37.51, 0.03) },
      { type: 'Feature', properties: { id: 'citadel', name: 'Citadel' }, geometry: square(45.05, 37.51, 0.03) },
    ],
  };
  const places = [
    ...Array.from({ length: 7 }, () => [45.02, 37.52]),
    ...Array.from({ length: 7 }, () => [45.06, 37.52]),
    ...Array.from({ length: 7 }, () => [45.05, 37.65]),
    [46, 38],
    [44, 37],
    null,
  ];
  let open = 0;
  const features = places.map((place, i) => {
    const created = now - (30 - i) * DAY;
    const closed = i % 3 === 0 ? null : created + DAY;
    if (closed === null && place && i < 21) open++;
    return {
      type: 'Feature',
      geometry: place ? { type: 'Point', coordinates: place } : null,
      properties: {
        شماره: 700 + i,
        موضوع: i % 2 ? 'آسفالت' : 'زباله',
        'تاریخ ثبت': jalali(created),
        'تاریخ بسته شدن': closed === null ? '' : jalali(closed),
        وضعیت: closed === null ? 'باز' : 'بسته شده',
      },
    };
  });
  return {
    points: { type: 'FeatureCollection', features },
    districts,
    neighbourhoods,
    expected: { requests: 21, open },
  };
}
