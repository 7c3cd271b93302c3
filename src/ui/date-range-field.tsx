/**
 * A range of days, typed segment by segment or picked on a calendar, with the keyboard as well as the
 * mouse: react-aria's DateRangePicker and RangeCalendar in the UI's calendar (Jalali with Persian digits in
 * Persian, Gregorian in English). It speaks Gregorian ISO days, the URL's form, both ends inclusive.
 * Loaded on demand (see the filter bar): react-aria is not in the first bundle.
 */
import { useState } from 'react';
import {
  Button,
  CalendarCell,
  CalendarGrid,
  CalendarGridBody,
  CalendarGridHeader,
  CalendarHeaderCell,
  DateInput,
  DateRangePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
  RangeCalendar,
  type DateRange,
} from 'react-aria-components';
import { calendarDateOf, createPickerCalendar, isoRangeOf, PICKER_LOCALES, pickerBounds } from './calendar-dates';
import { useI18n } from './i18n-context';
import { claimPressableStyle } from './react-aria-styles';
import './date-range-field.css';

// Before any of React Aria's pressables mounts (this module loads on demand, in the browser).
claimPressableStyle(document);

export interface DateRangeFieldProps {
  label: string;
  /** Gregorian ISO days, both inclusive. */
  from: string;
  to: string;
  /** The field's test id; its ends and button add `-start`, `-end` and `-button`. */
  testId: string;
  calendarTestId: string;
  /** Called with complete ranges in order only; a half-edited one stays in the field until it is one. */
  onChange: (range: { from: string; to: string }) => void;
}

export function DateRangeField({ label, from, to, testId, calendarTestId, onChange }: DateRangeFieldProps) {
  const { t, language } = useI18n();
  // The field keeps what is being typed, even a start after the end on the way to a new range; the URL
  // gets ranges only. A new range from outside (the URL, the language) replaces the draft.
  const shown = `${language}|${from}|${to}`;
  const [draft, setDraft] = useState<{ shown: string; value: DateRange | null }>(() => ({
    shown,
    value: rangeOf(from, to, language),
  }));
  let value = draft.value;
  if (draft.shown !== shown) {
    value = rangeOf(from, to, language);
    setDraft({ shown, value });
  }
  const bounds = pickerBounds(language);
  return (
    <I18nProvider locale={PICKER_LOCALES[language]}>
      <DateRangePicker
        className="date-range-field"
        value={value}
        minValue={bounds.min}
        maxValue={bounds.max}
        validationBehavior="aria"
        onChange={(next) => {
          setDraft({ shown, value: next });
          const range = isoRangeOf(next);
          if (range && (range.from !== from || range.to !== to)) onChange(range);
        }}
      >
        <Label className="date-range-field__label">{label}</Label>
        <Group className="date-range-field__group" data-testid={testId}>
          <DateInput slot="start" className="date-range-field__input" data-testid={`${testId}-start`}>
            {(segment) => <DateSegment segment={segment} className="date-range-field__segment" />}
          </DateInput>
          <span aria-hidden="true" className="date-range-field__dash">
            –
          </span>
          <DateInput slot="end" className="date-range-field__input" data-testid={`${testId}-end`}>
            {(segment) => <DateSegment segment={segment} className="date-range-field__segment" />}
          </DateInput>
          <Button
            className="date-range-field__button"
            data-testid={`${testId}-button`}
            aria-label={t('dateRange.calendar')}
          >
            <CalendarIcon />
          </Button>
        </Group>
        <Popover className="date-range-popover" placement="bottom start" offset={6}>
          <Dialog className="date-range-popover__dialog" aria-label={label}>
            <RangeCalendar
              className="range-calendar"
              data-testid={calendarTestId}
              createCalendar={createPickerCalendar}
              // The city's week, as the "this week" period counts it, in both languages.
              firstDayOfWeek="sat"
            >
              <header className="range-calendar__header">
                <Button slot="previous" className="range-calendar__nav" aria-label={t('dateRange.previous')}>
                  <ChevronIcon />
                </Button>
                <Heading className="range-calendar__heading" />
                <Button
                  slot="next"
                  className="range-calendar__nav range-calendar__nav--next"
                  aria-label={t('dateRange.next')}
                >
                  <ChevronIcon />
                </Button>
              </header>
              {/* Persian's short names are whole words; English's narrow ones read "S S M T W T F" from Saturday. */}
              <CalendarGrid className="range-calendar__grid" weekdayStyle={language === 'fa' ? 'narrow' : 'short'}>
                <CalendarGridHeader>
                  {(day) => <CalendarHeaderCell className="range-calendar__weekday">{day}</CalendarHeaderCell>}
                </CalendarGridHeader>
                <CalendarGridBody>
                  {(date) => <CalendarCell date={date} className="range-calendar__cell" />}
                </CalendarGridBody>
              </CalendarGrid>
            </RangeCalendar>
          </Dialog>
        </Popover>
      </DateRangePicker>
    </I18nProvider>
  );
}

function rangeOf(from: string, to: string, language: 'fa' | 'en'): DateRange {
  return { start: calendarDateOf(from, language), end: calendarDateOf(to, language) };
}

function CalendarIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="date-range-field__icon">
      <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
      <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" />
    </svg>
  );
}

/** Points back in reading order ("previous"); the CSS turns it for "next" and mirrors it in RTL. */
function ChevronIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="range-calendar__chevron">
      <path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
