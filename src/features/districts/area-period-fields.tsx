/**
 * A page's choice of period and area (the city or one of its districts), for the pages that show one
 * selection without a map to click: the progress page and the council briefing.
 */
import { PERIODS, type PeriodId } from '../../domain/period';
import { useI18n } from '../../ui/i18n-context';
import { SelectField } from '../../ui/select-field';
import type { CityData } from '../city/use-city-data';

export function AreaPeriodFields(props: {
  city: CityData;
  /** The prefix of the fields' test ids: `<prefix>-period`, `<prefix>-district`. */
  testId: string;
  period: PeriodId;
  districtId: string | null;
  onPeriod: (period: Exclude<PeriodId, 'custom'>) => void;
  onDistrict: (districtId: string | null) => void;
}) {
  const { t, language } = useI18n();
  const { city } = props;
  return (
    <>
      <SelectField
        label={t('filter.period')}
        testId={`${props.testId}-period`}
        value={props.period === 'custom' ? 'this_year' : props.period}
        choices={PERIODS.filter((p) => p !== 'custom').map((p) => ({ value: p, label: t(`filter.period.${p}`) }))}
        onChange={props.onPeriod}
      />
      <SelectField
        label={t('progress.area')}
        testId={`${props.testId}-district`}
        value={props.districtId ?? ''}
        choices={[
          { value: '', label: city.city.name[language] },
          ...city.districts.features.map((f) => ({ value: f.properties.id, label: f.properties.name[language] })),
        ]}
        onChange={(value) => props.onDistrict(value || null)}
      />
    </>
  );
}
