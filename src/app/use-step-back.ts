import { useCallback, useEffect } from 'react';
import type { ViewState } from './url-state';

interface StepBackState {
  /** Whether the map follows a problem or a request (the first thing a step back lets go of). */
  following: boolean;
  stopFollowing: () => void;
  districtId: string | null;
  neighbourhoodId: string | null;
  update: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
}

/**
 * One step back up the dashboard, for the close buttons and the Escape key: first out of a followed problem
 * or request, then up one area level (neighbourhood → district → city), each level a history entry so the
 * browser's Back does the same. Escape inside a drop-down only closes its list.
 */
export function useStepBack({ following, stopFollowing, districtId, neighbourhoodId, update }: StepBackState) {
  const stepBack = useCallback(() => {
    if (following) stopFollowing();
    else if (neighbourhoodId) update({ neighbourhood: null }, 'push');
    else if (districtId) update({ district: null, neighbourhood: null }, 'push');
  }, [following, stopFollowing, neighbourhoodId, districtId, update]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target instanceof HTMLSelectElement)) stepBack();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stepBack]);

  return stepBack;
}
