/**
 * "Export as image: map (PNG)": the map as it is on screen (the desk's) or as its picture was taken (the
 * briefing's), under a title band that says where, which period, which layers and as of when, with the
 * legends of its layers — named as the CSV of the same view.
 */
import { exportFileName } from '../../domain/csv-export';
import type { LayerContext, LayerId } from '../../map/layers/layer-kit';
import { mapImagePng, type MapPicture } from '../../map/map-image';
import { DownloadButtons } from '../../ui/download-buttons';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { mapImageText, type MapImageScope } from './map-image-text';

export interface MapExportProps {
  /** The map's picture at device pixels, taken when the button is pressed. */
  picture: () => Promise<MapPicture>;
  scope: MapImageScope;
  activeLayers: readonly LayerId[];
  context: LayerContext;
  format: Format;
  /** The parts of the file name the CSV export names its files by (see exportFileName). */
  naming: Parameters<typeof exportFileName>[1];
}

export function MapExportButton(props: MapExportProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const write = async () => {
    const text = mapImageText(props.scope, props.activeLayers, props.context, i18n, props.format);
    const blob = await mapImagePng(props.picture, text, i18n.dir);
    return { blob, fileName: exportFileName('map', props.naming, 'png') };
  };
  return (
    <DownloadButtons
      label={t('mapExport.title')}
      items={[{ id: 'map', label: t('mapExport.map') }]}
      failedText={t('mapExport.failed')}
      write={write}
    />
  );
}
