import { useStore } from 'zustand';
import { useWorkshopStore } from './workshopStore';

export function useHistory() {
  const canUndo = useStore(useWorkshopStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useWorkshopStore.temporal, (s) => s.futureStates.length > 0);
  return { canUndo, canRedo };
}
