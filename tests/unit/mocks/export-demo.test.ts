import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeArrowRequests } from '../../../src/api/arrow/arrow-requests';
import { RequestPage } from '../../../src/api/request-schema';
import { City, ServiceList } from '../../../src/api/schemas';
import { exportDemo } from '../../../scripts/export-demo';
import { NOW } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'shahrnama-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exportDemo', () => {
  it('writes every endpoint as a static file at its path, deterministically', () => {
    const first = exportDemo(join(dir, 'a'), { now: NOW, requestCount: 3000 });
    exportDemo(join(dir, 'b'), { now: NOW, requestCount: 3000 });
    const expected = [
      'city',
      'districts',
      'neighbourhoods',
      'services',
      'requests',
      'requests.arrow',
      'fiber/segments',
      'eservices',
      'basemap/roads',
      'basemap/water',
    ];
    expect(new Set(first)).toEqual(new Set(expected));
    for (const path of expected) {
      expect(existsSync(join(dir, 'a', path)), path).toBe(true);
      expect(readFileSync(join(dir, 'a', path)).equals(readFileSync(join(dir, 'b', path))), path).toBe(true);
    }
    expect(City.parse(JSON.parse(readFileSync(join(dir, 'a', 'city'), 'utf8'))).id).toBe('urmia');
  });

  it('puts all requests in one JSON page, matching the Arrow file', () => {
    const page = RequestPage.parse(JSON.parse(readFileSync(join(dir, 'a', 'requests'), 'utf8')));
    expect(page.next_cursor).toBeNull();
    expect(page.total).toBe(3000);
    expect(page.data.length).toBe(3000);
    const services = ServiceList.parse(JSON.parse(readFileSync(join(dir, 'a', 'services'), 'utf8')));
    const codes = new Set(services.map((s) => s.service_code));
    const decoded = decodeArrowRequests(readFileSync(join(dir, 'a', 'requests.arrow')), (code) => codes.has(code));
    expect(decoded.table.count + decoded.setAside.total).toBe(3000);
  });
});
