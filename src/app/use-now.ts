import { useEffect, useState } from 'react';
import { timerDelay } from '../domain/timer-delay';

/** The clock, in epoch seconds, ticking every `everySeconds`: domain code takes `now`, only the app reads it. */
export function useNow(everySeconds: number): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Math.floor(Date.now() / 1000)), timerDelay(everySeconds));
    return () => window.clearInterval(timer);
  }, [everySeconds]);
  return now;
}
