import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStyleDocument, StyleDocumentError } from './style-document';

const STYLE = { version: 8, sources: {}, layers: [{ id: 'background', type: 'background' }] };

describe('the city basemap style', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const answers: Record<string, [number, string, string]> = {
        '/style.json': [200, 'application/json', JSON.stringify(STYLE)],
        '/missing.json': [404, 'text/html', '<!doctype html><h1>Not found</h1>'],
        '/html.json': [200, 'text/html', '<!doctype html><html><body>Welcome</body></html>'],
        '/text.json': [200, 'text/plain', 'hello'],
        '/geojson.json': [200, 'application/json', '{"type":"FeatureCollection","features":[]}'],
        '/version7.json': [200, 'application/json', JSON.stringify({ ...STYLE, version: 7 })],
      };
      const answer = answers[request.url ?? ''];
      if (request.url === '/hang.json') return; // never answers
      if (request.url === '/half.json') {
        // Headers and the start of a body, then nothing.
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.write('{"version": 8, "sources": {');
        return;
      }
      if (!answer) {
        response.writeHead(500).end();
        return;
      }
      response.writeHead(answer[0], { 'Content-Type': answer[1] }).end(answer[2]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const failure = async (path: string, timeoutMs?: number) => {
    const error = await loadStyleDocument(`${base}${path}`, { timeoutMs }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StyleDocumentError);
    expect((error as StyleDocumentError).url).toBe(`${base}${path}`);
    return (error as Error).message;
  };

  it('reads a MapLibre style', async () => {
    expect(await loadStyleDocument(`${base}/style.json`)).toEqual(STYLE);
  });

  it('names why a style cannot be used', async () => {
    expect(await failure('/missing.json')).toBe('HTTP 404');
    expect(await failure('/html.json')).toBe('the answer is an HTML page');
    expect(await failure('/text.json')).toBe('the answer is not JSON');
    expect(await failure('/geojson.json')).toMatch(/^not a MapLibre style \(version: /);
    expect(await failure('/version7.json')).toMatch(/^not a MapLibre style \(version: /);
  });

  it('gives up on a server that does not answer', async () => {
    const started = Date.now();
    expect(await failure('/hang.json', 300)).toBe('no answer within 0.3 s');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await failure('/half.json', 300)).toBe('no answer within 0.3 s');
  });

  it('names a server that cannot be reached', async () => {
    expect(await failure('/nothing')).toBe('HTTP 500');
    const refused = await loadStyleDocument('http://127.0.0.1:1/style.json').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StyleDocumentError);
  });

  it('lets the caller cancel', async () => {
    const controller = new AbortController();
    const pending = loadStyleDocument(`${base}/hang.json`, { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(StyleDocumentError);
    expect((error as DOMException).name).toBe('AbortError');
  });
});
