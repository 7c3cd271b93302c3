/**
 * The mapping dialog: each contract field beside the file's column the matcher chose (or none), how each
 * date column is written, the data set's time zone, and the file's first rows as they are. Fields the
 * matcher could not settle are marked; Load waits until nothing required is missing. Cells are text.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { DATE_FORMATS, type DateFormat } from '../../api/files/date-reading';
import { FILE_FIELDS, REQUIRED_FIELDS, isDateField, type FileField } from '../../api/files/file-fields';
import { ROW_NUMBER, dateFormatOf, planGaps, type ImportPlan, type PlanGap } from '../../api/files/import-plan';
import { makeFormat } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import type { PendingImport } from './file-dataset-store';
import { isolatedName } from './file-name';

/** Rows of the preview: enough to recognise the columns. */
const PREVIEW_ROWS = 5;
const NONE = 'none';
/** The fields in two tables side by side: the dialog fits a desktop screen without scrolling. */
const FIELD_HALVES = [FILE_FIELDS.slice(0, 8), FILE_FIELDS.slice(8)];

function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return [...new Set(['UTC', current, ...zones])].sort();
}

export function MappingDialog({
  pending,
  onConfirm,
  onCancel,
}: {
  pending: PendingImport;
  onConfirm: (plan: ImportPlan) => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const { file, sample, draft, areaFiles } = pending;
  const [plan, setPlan] = useState<ImportPlan>(draft.plan);
  const dialog = useRef<HTMLDialogElement>(null);
  const zones = useMemo(() => timeZones(draft.plan.timeZone), [draft.plan.timeZone]);
  const gaps = planGaps(plan);
  const fieldName = (field: FileField) => t(`files.field.${field}`);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const setColumn = (field: FileField, value: string) =>
    setPlan((p) => {
      const columns = { ...p.columns };
      const dateFormats = { ...p.dateFormats };
      if (value === NONE) delete columns[field];
      else columns[field] = Number(value);
      if (isDateField(field)) {
        const format = value === NONE ? null : dateFormatOf(sample.rows, Number(value));
        if (format) dateFormats[field] = format;
        else delete dateFormats[field];
      }
      return { ...p, columns, dateFormats };
    });

  return (
    <dialog
      ref={dialog}
      className="mapping-dialog"
      data-testid="mapping-dialog"
      aria-labelledby="mapping-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (gaps.length === 0) onConfirm(plan);
        }}
      >
        <h2 id="mapping-title">{t('files.dialog.title', { name: isolatedName(file.name) })}</h2>
        <p className="mapping-dialog__explain">{t('files.dialog.explain')}</p>
        <p className="mapping-dialog__areas">
          {areaFiles.length > 0
            ? t('files.dialog.areas', {
                names: makeFormat(language, 'UTC').list(areaFiles.map((a) => isolatedName(a.name))),
              })
            : t('files.dialog.noAreas')}
        </p>
        <div className="mapping-dialog__fields">
          {FIELD_HALVES.map((fields, half) => (
            <table key={half}>
              <thead>
                <tr>
                  <th scope="col">{t('files.dialog.field')}</th>
                  <th scope="col">{t('files.dialog.column')}</th>
                  <th scope="col">{t('files.dialog.format')}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((field) => {
                  const column = plan.columns[field];
                  const required = REQUIRED_FIELDS.includes(field);
                  const unsure = draft.unsure.includes(field);
                  const missing = gaps.some((g) =>
                    g.kind === 'no_category' ? field === 'service_code' || field === 'service_name' : g.field === field,
                  );
                  return (
                    <tr key={field} data-missing={missing || undefined} data-unsure={unsure || undefined}>
                      <th scope="row">
                        <label htmlFor={`mapping-${field}`}>{fieldName(field)}</label>
                        {required ? <span className="mapping-dialog__tag">{t('files.dialog.required')}</span> : null}
                        {unsure ? (
                          <span
                            className="mapping-dialog__tag mapping-dialog__tag--check"
                            title={t('files.dialog.checkHint')}
                          >
                            {t('files.dialog.check')}
                          </span>
                        ) : null}
                      </th>
                      <td>
                        <select
                          id={`mapping-${field}`}
                          data-testid={`mapping-field-${field}`}
                          value={column === undefined ? NONE : String(column)}
                          onChange={(event) => setColumn(field, event.target.value)}
                        >
                          <option value={NONE}>{t('files.dialog.none')}</option>
                          {field === 'service_request_id' ? (
                            <option value={String(ROW_NUMBER)}>{t('files.dialog.rowNumber')}</option>
                          ) : null}
                          {sample.headers.map((header, index) => (
                            <option key={index} value={String(index)}>
                              {header || `#${index + 1}`}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        {isDateField(field) && column !== undefined ? (
                          <select
                            aria-label={`${fieldName(field)}: ${t('files.dialog.format')}`}
                            data-testid={`mapping-format-${field}`}
                            value={plan.dateFormats[field] ?? ''}
                            onChange={(event) =>
                              setPlan((p) => ({
                                ...p,
                                dateFormats: { ...p.dateFormats, [field]: event.target.value as DateFormat },
                              }))
                            }
                          >
                            {plan.dateFormats[field] ? null : <option value="">—</option>}
                            {DATE_FORMATS.map((format) => (
                              <option key={format} value={format}>
                                {t(`files.format.${format}`)}
                              </option>
                            ))}
                          </select>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ))}
        </div>
        <label className="mapping-dialog__zone">
          <span>{t('files.dialog.timeZone')}</span>
          <select
            data-testid="mapping-timezone"
            value={plan.timeZone}
            onChange={(event) => setPlan((p) => ({ ...p, timeZone: event.target.value }))}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </label>
        <Preview pending={pending} />
        {gaps.length > 0 ? (
          <ul className="mapping-dialog__gaps" data-testid="mapping-gaps">
            {gaps.map((gap) => (
              <li key={gapKey(gap)}>{gapText(gap, t, fieldName)}</li>
            ))}
          </ul>
        ) : null}
        <div className="mapping-dialog__actions">
          <button type="button" onClick={onCancel} data-testid="mapping-cancel">
            {t('files.dialog.cancel')}
          </button>
          <button type="submit" className="primary-button" disabled={gaps.length > 0} data-testid="mapping-load">
            {t('files.dialog.load')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

const gapKey = (gap: PlanGap) => `${gap.kind}:${'field' in gap ? gap.field : ''}`;

function gapText(gap: PlanGap, t: ReturnType<typeof useI18n>['t'], fieldName: (f: FileField) => string): string {
  if (gap.kind === 'no_category') return t('files.dialog.gap.no_category');
  return t(`files.dialog.gap.${gap.kind}`, { field: fieldName(gap.field) });
}

/** The file's first rows under its own headers, cell text as text. */
function Preview({ pending }: { pending: PendingImport }) {
  const { t, language } = useI18n();
  const format = makeFormat(language, 'UTC');
  const { headers, rows } = pending.sample;
  const shown = rows.slice(0, PREVIEW_ROWS);
  return (
    <figure className="mapping-dialog__preview" data-testid="mapping-preview">
      <figcaption>
        {t('files.dialog.rows', { count: format.number(shown.length), name: isolatedName(pending.file.name) })}
      </figcaption>
      <div className="mapping-dialog__scroll" dir="auto">
        <table>
          <thead>
            <tr>
              {headers.map((header, i) => (
                <th key={i} scope="col" dir="auto">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, r) => (
              <tr key={r}>
                {headers.map((_, i) => (
                  <td key={i} dir="auto">
                    {row[i] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
