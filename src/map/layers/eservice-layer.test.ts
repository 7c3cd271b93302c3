import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOUR, SHARE_RAMP } from '../palette';
import { ESERVICES_LAYER, shareColour, shareColours } from './eservice-layer';
import type { EServiceAreas, LayerContext, ShareArea } from './layer-kit';

const area = (id: string, share: number | null): ShareArea => ({
  id,
  name: id,
  geometry: { type: 'Polygon', coordinates: [] },
  online: share === null ? 0 : share * 100,
  inPerson: share === null ? 0 : (1 - share) * 100,
  share,
});

const context = (eservices: EServiceAreas | null, status: LayerContext['eservicesStatus']) =>
  ({ eservices, eservicesStatus: status }) as LayerContext;

describe('the e-service layer', () => {
  const breaks = [0.55, 0.6, 0.65];

  it('colours a share by its class, light to dark, and a district without transactions grey', () => {
    expect(shareColours(breaks)).toEqual([SHARE_RAMP[0], SHARE_RAMP[2], SHARE_RAMP[3], SHARE_RAMP[5]]);
    expect(shareColour(0.52, breaks)).toBe(SHARE_RAMP[0]);
    expect(shareColour(0.6, breaks)).toBe(SHARE_RAMP[3]);
    expect(shareColour(0.9, breaks)).toBe(SHARE_RAMP[5]);
    expect(shareColour(null, breaks)).toBe(NO_DATA_COLOUR);
  });

  it('shows the classes in percent in its legend, and a no-data class only when a district has no share', () => {
    const some = context({ areas: [area('a', 0.52), area('b', 0.7)], breaks }, 'ready');
    expect(ESERVICES_LAYER.legend(some)).toEqual({
      kind: 'classes',
      colours: shareColours(breaks),
      breaks,
      percent: true,
    });
    const gap = context({ areas: [area('a', 0.52), area('b', null)], breaks }, 'ready');
    expect(ESERVICES_LAYER.legend(gap)).toMatchObject({
      noData: { colour: NO_DATA_COLOUR, label: 'legend.eservices.noData' },
    });
  });

  it('says in its legend why it draws nothing: a city without e-services, or an answer that failed', () => {
    expect(ESERVICES_LAYER.legendNote!(context(null, 'absent'))?.key).toBe('legend.eservices.absent');
    expect(ESERVICES_LAYER.legendNote!(context(null, 'failed'))?.key).toBe('legend.eservices.failed');
    expect(ESERVICES_LAYER.legendNote!(context(null, 'loading'))).toBeNull();
    expect(ESERVICES_LAYER.create(context(null, 'absent'))).toEqual([]);
  });
});
