/**
 * The boundary in node, without a DOM: react-dom/server does not run error boundaries (a throw while
 * rendering on the server propagates), so the boundary's steps are driven as React drives them on the
 * client — getDerivedStateFromError, then render — and what it renders is turned into markup. The same
 * boundary catching a real throw in Chromium is tested end to end (tests/e2e/render-failure.test.ts).
 */
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { asError, ErrorBoundary, type ErrorBoundaryProps } from './error-boundary';
import { I18nContext, makeI18n } from './i18n-context';
import { RenderFailure, type DashboardPart } from './render-failure';
import type { Language } from '../i18n/translate';

function Throws(): ReactNode {
  throw new Error('the district has no name');
}

/** The boundary as React runs it after a child threw `thrown`: its state, then what it renders. */
function afterThrow(props: ErrorBoundaryProps, thrown: unknown) {
  const boundary = new ErrorBoundary(props);
  boundary.state = { ...boundary.state, ...ErrorBoundary.getDerivedStateFromError(thrown) };
  return boundary;
}

const markup = (node: ReactNode, language: Language = 'en') =>
  renderToStaticMarkup(createElement(I18nContext.Provider, { value: makeI18n(language) }, node));

describe('error boundary', () => {
  it('renders its children while nothing has thrown', () => {
    const boundary = new ErrorBoundary({ fallback: () => 'failed', children: createElement('p', null, 'fine') });
    expect(markup(boundary.render())).toBe('<p>fine</p>');
  });

  it('a throwing child cannot be rendered as it is (the boundary is what stands between it and a white page)', () => {
    expect(() => markup(createElement(Throws))).toThrow('the district has no name');
  });

  it('shows the fallback with the error after a child threw, and the children again after reset', () => {
    const seen: Error[] = [];
    const boundary = afterThrow(
      {
        fallback: (error, reset) => {
          seen.push(error);
          return createElement('button', { onClick: reset }, `failed: ${error.message}`);
        },
        children: createElement(Throws),
      },
      new Error('the district has no name'),
    );
    expect(markup(boundary.render())).toBe('<button>failed: the district has no name</button>');
    expect(seen[0]).toBeInstanceOf(Error);
  });

  it('turns anything thrown into an Error', () => {
    expect(asError('text').message).toBe('text');
    expect(asError(42).message).toBe('42');
    expect(asError(null).message).toBe('null');
    const error = new TypeError('x');
    expect(asError(error)).toBe(error);
  });

  it('forgets the error when its reset key changes, not before', () => {
    const props: ErrorBoundaryProps = { fallback: () => 'failed', resetKey: 'fa|d1|', children: null };
    const boundary = afterThrow(props, new Error('x'));
    expect(ErrorBoundary.getDerivedStateFromProps(props, boundary.state)).toBeNull();
    expect(ErrorBoundary.getDerivedStateFromProps({ ...props, resetKey: 'fa|d2|' }, boundary.state)).toEqual({
      error: null,
      resetKey: 'fa|d2|',
    });
  });

  it('reports the error to onError', () => {
    const reported: Error[] = [];
    const boundary = new ErrorBoundary({ fallback: () => null, onError: (e) => reported.push(e), children: null });
    boundary.componentDidCatch('boom', { componentStack: '' });
    expect(reported.map((e) => e.message)).toEqual(['boom']);
  });
});

describe('the message in place of a failed part', () => {
  const parts: [DashboardPart, string, string][] = [
    ['dashboard', 'The dashboard could not be shown', 'داشبورد نمایش داده نشد'],
    ['panel', 'The side panel could not be shown', 'پنل کناری نمایش داده نشد'],
    ['followUp', 'The follow-up could not be shown', 'بخش پیگیری نمایش داده نشد'],
    ['map', 'The map could not be shown', 'نقشه نمایش داده نشد'],
  ];

  it('names the part that failed and the error, in the UI language, with a way to draw it again', () => {
    for (const [part, en, fa] of parts) {
      const failure = createElement(RenderFailure, { part, error: new Error('bad <b>input</b>'), onRetry: () => {} });
      const english = markup(failure, 'en');
      expect(english).toContain(en);
      expect(english).toContain('bad &lt;b&gt;input&lt;/b&gt;');
      expect(english).toContain(part === 'dashboard' ? 'Reload the page' : 'Draw it again');
      expect(english).toContain('role="alert"');
      expect(english).toContain(`data-testid="render-failure-${part}"`);
      const persian = markup(failure, 'fa');
      expect(persian).toContain(fa);
      expect(persian).toContain(part === 'dashboard' ? 'بارگیری دوبارهٔ صفحه' : 'کشیدن دوباره');
    }
  });

  it('explains a browser without WebGL2 in words, and keeps a long error to a line', () => {
    const gpu = Object.assign(new Error('WebGL2 is required to display this map. We are sorry…'), {
      name: 'GPUInitializationError',
    });
    const text = markup(createElement(RenderFailure, { part: 'map', error: gpu, onRetry: () => {} }), 'fa');
    expect(text).toContain('WebGL2');
    expect(text).not.toContain('We are sorry');
    const long = markup(
      createElement(RenderFailure, { part: 'panel', error: new Error('x'.repeat(5000)), onRetry: () => {} }),
    );
    expect(long).not.toContain('x'.repeat(300));
    expect(long).toContain(`${'x'.repeat(299)}…`);
  });
});
