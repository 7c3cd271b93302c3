/** The wall's frame: the city and the scene's title with the clock above, the stage, and the footer. */
import type { ReactNode } from 'react';
import { formatTime } from '../../domain/calendar';
import type { WallSceneId } from '../../domain/wall/scenes';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';

export function WallFrame({
  state,
  title,
  sceneTitle,
  clock,
  notice,
  footer,
  attributes,
  children,
}: {
  state: 'loading' | 'ready' | 'error';
  title: string;
  sceneTitle?: string;
  clock?: ReactNode;
  /** What the whole wall must say above its scenes (its period holds none of the data). */
  notice?: ReactNode;
  footer?: ReactNode;
  attributes?: Record<string, string | number | boolean | undefined>;
  children: ReactNode;
}) {
  return (
    <div className="app wall" data-testid="app" data-page="wall" data-state={state} {...attributes}>
      <header className="wall__header">
        <h1>{title}</h1>
        {sceneTitle ? <h2 data-testid="wall-scene-title">{sceneTitle}</h2> : null}
        {clock}
      </header>
      {notice}
      <main className="wall__stage" data-map-shown={attributes?.['data-scene'] === 'density'}>
        {children}
      </main>
      <footer className="wall__footer">{footer}</footer>
    </div>
  );
}

/**
 * What the wall says of its data: the time it is from, or (when stale) since when and why; the scenes the
 * city has no data for; how many scenes were passed over because they failed.
 */
export function WallFooter({
  dataAsOf,
  stale,
  now,
  absent,
  skipped,
  format,
  timeZone,
}: {
  /** Epoch milliseconds, null before the first load. */
  dataAsOf: number | null;
  /** Since when (epoch seconds) the data is stale, and the failure's description when there is one. */
  stale: { since: number; reason: string | null } | null;
  now: number;
  absent: readonly WallSceneId[];
  skipped: number;
  format: Format;
  timeZone: string;
}) {
  const { t, language } = useI18n();
  return (
    <>
      {/* When stale, the notice says the data's time itself. */}
      {dataAsOf !== null && !stale ? (
        <span data-testid="wall-as-of" data-as-of={dataAsOf}>
          {t('wall.asOf', { time: formatTime(dataAsOf / 1000, language, timeZone) })}
        </span>
      ) : null}
      {stale ? (
        <span className="wall-footer__stale" role="status" data-testid="stale-data">
          {t('stale.title', { time: format.moment(stale.since, now) })}
          {stale.reason ? ` — ${stale.reason}. ${t('stale.retrying')}` : ''}
        </span>
      ) : null}
      {absent.length > 0 ? (
        <span data-testid="wall-absent">
          {t('wall.absent', { scenes: format.list(absent.map((id) => t(`wall.scene.${id}`))) })}
        </span>
      ) : null}
      {skipped > 0 ? (
        <span data-testid="wall-skipped">{t('wall.skipped', { count: format.number(skipped) })}</span>
      ) : null}
    </>
  );
}
