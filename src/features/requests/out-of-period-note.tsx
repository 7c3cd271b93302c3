/**
 * When no request of the data set lies in the chosen period (an old export, a city far behind), the KPI
 * strip says so and offers the data's own period in one click, instead of a dashboard of zeros.
 */
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';

export function OutOfPeriodNote(props: {
  /** First and last request of the data set, epoch seconds. */
  range: { from: number; to: number };
  format: Format;
  /** Shows the data's own period instead; a page that cannot be clicked (the wall) only says it. */
  onShowRange?: () => void;
}) {
  const { t } = useI18n();
  const { range, format } = props;
  return (
    <p className="out-of-period" role="status" data-testid="out-of-period">
      <span>{t('period.outside', { from: format.date(range.from), to: format.date(range.to) })}</span>
      {props.onShowRange ? (
        <>
          {' '}
          <button type="button" className="link-button" data-testid="show-data-period" onClick={props.onShowRange}>
            {t('period.showData')}
          </button>
        </>
      ) : null}
    </p>
  );
}
