import type { StyleSpecification } from 'maplibre-gl';
import { useQuery } from '@tanstack/react-query';
import type { CityNote } from '../../api/city-info';
import { loadStyleDocument, StyleDocumentError } from '../../api/style-document';

export interface CityStyle {
  /** The city's own style once read; null while it loads, when it failed, or when config.json names none. */
  style: StyleSpecification | null;
  /** The map waits for the city's style rather than drawing the embedded one and switching. */
  pending: boolean;
  /** Why the city's style is not used, for the data note (the embedded basemap is drawn instead). */
  notes: CityNote[];
}

const NO_NOTES: CityNote[] = [];

/** The style config.json names, read once (not retried: a broken style stays broken until it is fixed). */
export function useCityStyle(url: string | undefined): CityStyle {
  const query = useQuery({
    queryKey: ['basemap-style', url],
    enabled: url !== undefined,
    retry: false,
    staleTime: Infinity,
    queryFn: ({ signal }) => loadStyleDocument(url!, { signal }),
  });
  const notes = query.error
    ? [
        {
          kind: 'basemap_style_failed' as const,
          url: url!,
          reason: query.error instanceof StyleDocumentError ? query.error.message : String(query.error),
        },
      ]
    : NO_NOTES;
  return { style: query.data ?? null, pending: url !== undefined && query.isPending, notes };
}
