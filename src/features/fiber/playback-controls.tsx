/** Play, pause and speed of the rollout's playback, and the slider of its days (dated in the UI's calendar). */
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { PLAYBACK_SPEEDS, type PlaybackSpeed, type RolloutSpan } from './playback-clock';
import type { FiberPlayback } from './use-fiber-playback';

export function PlaybackControls({
  playback,
  span,
  format,
}: {
  playback: FiberPlayback;
  span: RolloutSpan;
  format: Format;
}) {
  const { t } = useI18n();
  return (
    <div className="fiber-playback" data-testid="fiber-playback">
      <div className="fiber-playback__buttons">
        <button
          type="button"
          data-testid="fiber-play"
          aria-pressed={playback.playing}
          onClick={playback.playing ? playback.pause : playback.play}
        >
          {t(playback.playing ? 'fiber.playback.pause' : 'fiber.playback.play')}
        </button>
        <label>
          {t('fiber.playback.speed')}{' '}
          <select
            data-testid="fiber-speed"
            value={playback.speed}
            onChange={(e) => playback.setSpeed(Number(e.target.value) as PlaybackSpeed)}
          >
            {PLAYBACK_SPEEDS.map((speed) => (
              <option key={speed} value={speed}>
                {t('fiber.playback.speedValue', { n: format.number(speed) })}
              </option>
            ))}
          </select>
        </label>
        <output data-testid="fiber-instant" data-day={playback.day ?? ''}>
          {playback.day === null ? `${t('fiber.playback.now')} — ` : ''}
          {format.date(playback.t)}
        </output>
      </div>
      <input
        type="range"
        data-testid="fiber-slider"
        aria-label={t('fiber.playback.slider')}
        aria-valuetext={format.date(playback.t)}
        min={0}
        max={span.days}
        step={1}
        value={playback.position}
        onChange={(e) => playback.seek(Number(e.target.value))}
      />
      <div className="fiber-playback__ends" aria-hidden="true">
        <span>{format.date(playback.firstAt)}</span>
        <span>{format.date(playback.lastAt)}</span>
      </div>
    </div>
  );
}
