import type { CityNote } from '../../api/city-info';
import type { SetAside, SetAsideReason } from '../../domain/set-aside';
import { useI18n, type I18n } from '../../ui/i18n-context';
import type { Format } from '../../ui/format';

/**
 * "312 requests set aside: no coordinates (300), unknown category (12)" — nothing is dropped silently — and
 * what the city's data lacked or got wrong that the app worked around (an unknown time zone, broken areas);
 * when the source may have cut its answers at a limit (`mayBeCapped`), it says so too.
 */
export function DataQualityNote({
  setAside,
  kept,
  notes,
  format,
  mayBeCapped = false,
}: {
  setAside: SetAside;
  kept: number;
  notes: CityNote[];
  format: Format;
  mayBeCapped?: boolean;
}) {
  const { t } = useI18n();
  const reasons = Object.entries(setAside.byReason) as [SetAsideReason, number][];
  return (
    <details
      className="data-quality"
      data-testid="data-quality"
      data-set-aside={setAside.total}
      data-notes={notes.length}
      open={notes.some((n) => n.kind === 'unknown_time_zone' || n.kind === 'basemap_style_failed') || undefined}
    >
      <summary>
        {setAside.total > 0
          ? t('quality.setAside', { count: format.number(setAside.total) })
          : t('quality.allValid', { count: format.number(kept) })}
        {notes.length > 0
          ? ` · ${notes.length === 1 ? t('quality.notes.one') : t('quality.notes', { count: format.number(notes.length) })}`
          : null}
        {mayBeCapped ? (
          <span className="data-quality__capped" data-testid="results-capped">
            {' · '}
            {t('quality.capped')}
          </span>
        ) : null}
      </summary>
      {reasons.length > 0 ? (
        <ul>
          {reasons.map(([reason, n]) => (
            <li key={reason}>
              {t(`quality.reason.${reason}`)}: {format.number(n)}
            </li>
          ))}
        </ul>
      ) : null}
      {notes.length > 0 ? (
        <ul className="data-quality__notes" data-testid="city-notes">
          {notes.map((note, i) => (
            <li key={i}>{noteText(note, t, format)}</li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}

/** Latin text set into a Persian sentence keeps its own order (`./styles/a.json`, not `styles/a.json/.`). */
const isolated = (text: string) => `\u2068${text}\u2069`;

function noteText(note: CityNote, t: I18n['t'], format: Format): string {
  switch (note.kind) {
    case 'unknown_time_zone':
      return t('quality.note.timeZone', { zone: note.value });
    case 'areas_set_aside':
      return t(`quality.note.areas.${note.layer}`, { count: format.number(note.count), first: note.first });
    case 'no_basemap':
      return t('quality.note.noBasemap');
    case 'basemap_style_failed':
      return t('quality.note.basemapStyle', { url: isolated(note.url), reason: isolated(note.reason) });
    case 'no_neighbourhoods':
      return t('quality.note.noNeighbourhoods');
  }
}
