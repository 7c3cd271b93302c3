/**
 * All view state lives in the URL query, so a reload or a shared link restores the exact view. Each field
 * is parsed on its own and falls back to its default when invalid, so a damaged link still opens.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { z } from 'zod';
import { MAX_ID_LENGTH } from '../api/schemas';
import { LAYER_IDS, type LayerId } from '../map/layers/layer-kit';
import { DEFAULT_LAYERS } from '../map/layers/layer-registry';
import type { Language } from '../i18n/translate';
import { isIsoDay } from '../domain/iso-day';
import { PERIODS } from '../domain/period';
import type { FilterSelection } from '../features/requests/filter-selection';

export interface ViewState extends FilterSelection {
  lang: Language;
  /** Map centre [lon, lat] and zoom; null until the user moves the map (the city's own view is used). */
  center: [number, number] | null;
  zoom: number | null;
  district: string | null;
  neighbourhood: string | null;
  layers: LayerId[];
  /** Whether the link names a period: when it does not, a data set from an earlier year opens on its own. */
  periodGiven: boolean;
  /** The fiber rollout's instant (its playback), a Gregorian ISO day in the city's zone; null = now. */
  at: string | null;
  /** The presenter's slide, from 1; null = the first. The presenter keeps it within its slides. */
  slide: number | null;
}

/** A real Gregorian day: `2026-02-30` or `9999-99-99` would make every date on the page an Invalid Date. */
const IsoDay = z.string().refine(isIsoDay);
/**
 * An area or group id as the contract has it: any string up to MAX_ID_LENGTH (a dot, a space, Persian
 * letters, `#` or `%` included). URLSearchParams encodes and decodes it, so a link round-trips every id.
 */
const Id = z.string().min(1).max(MAX_ID_LENGTH);
/** A plain decimal number: `Number('')` is 0, so `?c=,` would otherwise open the map at 0°, 0°. */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)$/;
const decimal = (text: string) => (DECIMAL.test(text.trim()) ? Number(text) : NaN);

/** Parses the query; every field falls back alone. `defaultLanguage` comes from config.json. */
export function parseViewState(search: string, defaultLanguage: Language): ViewState {
  const q = new URLSearchParams(search);
  const get = (key: string) => q.get(key) ?? undefined;
  const center = z
    .string()
    .transform((s) => s.split(',').map(decimal))
    .pipe(z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]))
    .safeParse(get('c'));
  const zoom = z.string().transform(decimal).pipe(z.number().min(0).max(22)).safeParse(get('z'));
  // `layers=` (empty) means every layer off; a value naming no known layer is damage and falls back.
  const layerText = get('layers');
  const named = (layerText ?? '').split(',').filter((id) => id !== '');
  const layers = named.filter((id): id is LayerId => (LAYER_IDS as readonly string[]).includes(id));
  const from = IsoDay.safeParse(get('from'));
  const to = IsoDay.safeParse(get('to'));
  const period = z.enum(PERIODS).catch('this_year').parse(get('period'));
  const custom = period === 'custom' && from.success && to.success && from.data <= to.data;
  return {
    lang: z.enum(['fa', 'en']).catch(defaultLanguage).parse(get('lang')),
    center: center.success ? [center.data[0], center.data[1]] : null,
    zoom: zoom.success ? zoom.data : null,
    period: period === 'custom' && !custom ? 'this_year' : period,
    from: custom ? from.data! : null,
    to: custom ? to.data! : null,
    status: z.enum(['all', 'open', 'closed']).catch('all').parse(get('status')),
    countBy: z.enum(['requests', 'problems']).catch('requests').parse(get('count')),
    group: Id.nullable()
      .catch(null)
      .parse(get('group') ?? null),
    district: Id.nullable()
      .catch(null)
      .parse(get('d') ?? null),
    neighbourhood: Id.nullable()
      .catch(null)
      .parse(get('n') ?? null),
    layers: layerText === undefined || (named.length > 0 && layers.length === 0) ? [...DEFAULT_LAYERS] : layers,
    periodGiven: q.has('period'),
    at: IsoDay.nullable()
      .catch(null)
      .parse(get('at') ?? null),
    slide: z
      .string()
      .regex(/^\d{1,4}$/)
      .transform(Number)
      .pipe(z.number().int().min(1))
      .nullable()
      .catch(null)
      .parse(get('slide') ?? null),
  };
}

/** Writes the state as a query string, leaving defaults out so links stay short. */
export function serializeViewState(state: ViewState, defaultLanguage: Language): string {
  const q = new URLSearchParams();
  if (state.lang !== defaultLanguage) q.set('lang', state.lang);
  if (state.center) q.set('c', state.center.map((v) => v.toFixed(5)).join(','));
  if (state.zoom !== null) q.set('z', state.zoom.toFixed(2));
  if (state.period !== 'this_year') q.set('period', state.period);
  if (state.period === 'custom' && state.from && state.to) {
    q.set('from', state.from);
    q.set('to', state.to);
  }
  if (state.status !== 'all') q.set('status', state.status);
  if (state.countBy !== 'requests') q.set('count', state.countBy);
  if (state.group) q.set('group', state.group);
  if (state.district) q.set('d', state.district);
  if (state.neighbourhood) q.set('n', state.neighbourhood);
  if (state.at) q.set('at', state.at);
  if (state.slide !== null) q.set('slide', String(state.slide));
  const layers = state.layers.join(',');
  if (layers !== DEFAULT_LAYERS.join(',')) q.set('layers', layers);
  const text = q.toString();
  return text ? `?${text}` : '';
}

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

/**
 * The view state and a setter. `push` makes a history entry (drilling in, so Back goes up a level);
 * `replace` does not (moving the map, changing a filter).
 */
export function useViewState(defaultLanguage: Language) {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  const state = useMemo(() => parseViewState(search, defaultLanguage), [search, defaultLanguage]);
  const update = useCallback(
    (patch: Partial<ViewState>, mode: 'push' | 'replace' = 'replace') => {
      const next = { ...parseViewState(window.location.search, defaultLanguage), ...patch };
      const url = `${window.location.pathname}${serializeViewState(next, defaultLanguage)}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    [defaultLanguage],
  );
  return [state, update] as const;
}
