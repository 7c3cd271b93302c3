import type { SetAside, SetAsideReason } from '../../domain/set-aside';
import { useI18n } from '../../ui/i18n-context';
import type { Format } from '../../ui/format';

/**
 * "312 requests set aside: no coordinates (300), unknown category (12)" — nothing is dropped silently; nor
 * lost silently: when the source may have cut its answers at a limit (`mayBeCapped`), the note says so.
 */
export function DataQualityNote({
  setAside,
  kept,
  format,
  mayBeCapped = false,
}: {
  setAside: SetAside;
  kept: number;
  format: Format;
  mayBeCapped?: boolean;
}) {
  const { t } = useI18n();
  const reasons = Object.entries(setAside.byReason) as [SetAsideReason, number][];
  return (
    <details className="data-quality" data-testid="data-quality" data-set-aside={setAside.total}>
      <summary>
        {setAside.total > 0
          ? t('quality.setAside', { count: format.number(setAside.total) })
          : t('quality.allValid', { count: format.number(kept) })}
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
    </details>
  );
}
