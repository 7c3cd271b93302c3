/** The wall's clock: the time and the day in the city's zone and calendar, ticking on its own each second. */
import { memo, useEffect, useState } from 'react';
import { formatCityDay, formatTime } from '../../domain/calendar';
import type { Language } from '../../i18n/translate';

export const WallClock = memo(function WallClock(props: {
  language: Language;
  timeZone: string;
  calendar: 'persian' | 'gregorian';
}) {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Math.floor(Date.now() / 1000)), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const calendar = props.calendar === 'persian' ? 'persian' : 'gregory';
  return (
    <div className="wall-clock" data-testid="wall-clock">
      <time className="wall-clock__time" data-testid="wall-clock-time">
        {formatTime(now, props.language, props.timeZone)}
      </time>
      <span className="wall-clock__day" data-testid="wall-clock-day">
        {formatCityDay(now, props.language, props.timeZone, calendar)}
      </span>
    </div>
  );
});
