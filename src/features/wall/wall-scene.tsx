/** The body of the wall's scene on screen, over the figures the wall shows (fresh or kept from a reload). */
import type { CityData } from '../city/city-source';
import type { FollowUpNames } from '../follow-up/follow-up-names';
import type { WallSceneId } from '../../domain/wall/scenes';
import type { Format } from '../../ui/format';
import type { QueryResult } from '../../workers/request-protocol';
import { LiveFeed } from './live-feed';
import { DensityScene } from './scenes/density-scene';
import { OverdueScene, ScoreboardsScene } from './scenes/follow-up-scenes';
import { ProblemsScene } from './scenes/problems-scene';
import { EServicesScene, FiberScene } from './scenes/progress-scenes';
import type { WallCache } from './wall-cache';

export interface WallFigures {
  result: QueryResult;
  fiber: WallCache['fiber'];
  eservices: WallCache['eservices'];
}

export function WallScene({
  scene,
  figures: { result, fiber, eservices },
  city,
  names,
  format,
  timeZone,
}: {
  scene: WallSceneId;
  figures: WallFigures;
  city: CityData;
  names: FollowUpNames;
  format: Format;
  timeZone: string;
}) {
  switch (scene) {
    case 'density':
      return (
        <DensityScene
          figures={result.city}
          format={format}
          feed={
            <LiveFeed
              newest={result.newest}
              services={city.services}
              districtName={(d) => names.area(d, -1)}
              timeZone={timeZone}
            />
          }
        />
      );
    case 'problems':
      return <ProblemsScene followUp={result.followUp} names={names} format={format} />;
    case 'overdue':
      return <OverdueScene followUp={result.followUp} names={names} format={format} />;
    case 'scoreboards':
      return <ScoreboardsScene followUp={result.followUp} names={names} format={format} />;
    case 'fiber':
      return fiber ? <FiberScene figures={fiber} districts={city.districts} format={format} /> : null;
    case 'eservices':
      return eservices ? <EServicesScene {...eservices} format={format} timeZone={timeZone} /> : null;
  }
}

/** Whether a scene has anything to show: its city has the data, and (for the map) the map could be drawn. */
export function sceneAvailable(
  scene: WallSceneId,
  shown: { result: unknown; mapFailed: boolean; fiber: unknown; eservices: unknown },
): boolean {
  switch (scene) {
    case 'density':
      return Boolean(shown.result) && !shown.mapFailed;
    case 'fiber':
      return Boolean(shown.fiber);
    case 'eservices':
      return Boolean(shown.eservices);
    default:
      return Boolean(shown.result);
  }
}
