import { useWorkshopStore } from './workshopStore';

export function useHistory() {
  const canUndo = useWorkshopStore((s) => s.canUndo);
  const canRedo = useWorkshopStore((s) => s.canRedo);
  return { canUndo, canRedo };
}
