import { useEffect } from 'react';
import { resumeLiveSession, suspendLiveSession } from '../../state/live/liveSession';

/** A live session keeps running while its workshop is open here, whatever section is shown; a reload resumes it. */
export function useLiveSessionResume(workshopId: string, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    void resumeLiveSession(workshopId);
    return () => void suspendLiveSession();
  }, [workshopId, ready]);
}
