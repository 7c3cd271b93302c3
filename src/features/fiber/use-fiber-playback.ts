/**
 * The rollout's instant and its playback: the URL's day (`at`, absent = now) or, while playing, the day the
 * clock has reached; the segments' states at that instant, written in place (no allocation per frame). The
 * map and the burn-up chart both read `t`, so they show the same instant. A playing clock keeps its day
 * locally and writes it to the URL when it stops, so a reload or a shared link shows where it stopped.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { isoDayStart } from '../../domain/calendar';
import { playbackFrame } from '../../domain/fiber/playback';
import type { FiberModel } from './fiber-model';
import { advance, dayAtPosition, positionOfDay, startPosition, type PlaybackSpeed } from './playback-clock';

export interface FiberPlayback {
  /** The instant shown, epoch seconds. */
  t: number;
  /** Its day, or null for now. */
  day: string | null;
  /** The slider's position (days from the rollout's first day). */
  position: number;
  /** The first instants of the rollout's first and last days (the slider's ends). */
  firstAt: number;
  lastAt: number;
  /** Km built at `t` (the chart's last value). */
  builtKm: number;
  playing: boolean;
  speed: PlaybackSpeed;
  play: () => void;
  pause: () => void;
  setSpeed: (speed: PlaybackSpeed) => void;
  /** Shows a slider position (and stops playing). */
  seek: (position: number) => void;
}

export function useFiberPlayback(
  model: FiberModel | null,
  at: string | null,
  now: number,
  timeZone: string,
  onDay: (day: string | null) => void,
): FiberPlayback | null {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<PlaybackSpeed>(1);
  // The whole day reached while playing: the frame changes once a day of the rollout, not at every screen frame.
  const [playedDay, setPlayedDay] = useState<number | null>(null);
  const span = model?.span ?? null;
  const day = playing && playedDay !== null && span ? dayAtPosition(span, playedDay) : at;
  const t = day ? isoDayStart(day, timeZone) : now;
  const position = span ? (day ? positionOfDay(span, day) : span.days) : 0;
  const builtKm = useMemo(
    () => (model ? playbackFrame(model.network, model.curves.city, t, model.states) : 0),
    [model, t],
  );
  const ends = useMemo(
    () => (span ? { firstAt: isoDayStart(span.first, timeZone), lastAt: isoDayStart(span.last, timeZone) } : null),
    [span, timeZone],
  );
  // The clock's loop reads the latest speed and the place to start from without restarting.
  const speedRef = useRef(speed);
  const from = useRef(position);
  useLayoutEffect(() => {
    speedRef.current = speed;
    from.current = position;
  });

  useEffect(() => {
    if (!playing || !span) return;
    let place = startPosition(span, from.current);
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(time) {
      const next = advance(span, place, time - last, speedRef.current);
      last = time;
      place = next.position;
      setPlayedDay(Math.floor(place));
      if (next.ended) {
        setPlaying(false);
        onDay(span.last);
      } else frame = requestAnimationFrame(tick);
    });
    setPlayedDay(Math.floor(place));
    return () => cancelAnimationFrame(frame);
  }, [playing, span, onDay]);

  const pause = useCallback(() => {
    setPlaying(false);
    if (span && playedDay !== null) onDay(dayAtPosition(span, playedDay));
  }, [span, playedDay, onDay]);
  const seek = useCallback(
    (p: number) => {
      setPlaying(false);
      if (span) onDay(dayAtPosition(span, p));
    },
    [span, onDay],
  );
  if (!model || !span || !ends) return null;
  return { t, day, position, ...ends, builtKm, playing, speed, play: () => setPlaying(true), pause, setSpeed, seek };
}
