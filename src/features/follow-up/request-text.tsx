/**
 * What the citizen wrote, fetched when a request is opened (`GET /requests/{id}`): a year of descriptions
 * is never loaded with the requests. Shown as text — the city's data is never HTML — and a photo's address
 * only as a link, for http(s) addresses, never loaded by itself.
 */
import { useQuery } from '@tanstack/react-query';
import type { ServiceRequest } from '../../api/request-schema';
import { useI18n } from '../../ui/i18n-context';
import { safeWebUrl } from '../../ui/safe-link';

/** Loads a request's text; null when the source has none for it. */
export type LoadRequestText = (id: string, signal?: AbortSignal) => Promise<ServiceRequest | null>;

export function RequestText({ id, load }: { id: string; load: LoadRequestText }) {
  const { t } = useI18n();
  const text = useQuery({
    queryKey: ['request-text', id],
    queryFn: ({ signal }) => load(id, signal),
    staleTime: 60_000,
  });
  if (text.isPending) return <p className="request-text__note">{t('request.text.loading')}</p>;
  if (text.error) return <p className="request-text__note">{t('request.text.failed')}</p>;
  const request = text.data;
  const media = safeWebUrl(request?.media_url);
  const fields: [string, string | null | undefined][] = [
    [t('request.description'), request?.description],
    [t('request.address'), request?.address],
    [t('request.statusNotes'), request?.status_notes],
  ];
  const shown = fields.filter((field): field is [string, string] => Boolean(field[1]));
  if (shown.length === 0 && !media) return <p className="request-text__note">{t('request.text.none')}</p>;
  return (
    <dl className="request-text" data-testid="request-text">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd dir="auto">{value}</dd>
        </div>
      ))}
      {media ? (
        <div>
          <dt>{t('request.media')}</dt>
          <dd>
            <a href={media} target="_blank" rel="noopener noreferrer nofollow" referrerPolicy="no-referrer">
              {t('request.media.open')}
            </a>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
