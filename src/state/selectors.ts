import { useWorkshopStore } from './workshopStore';

export const useOpenWorkshop = () => useWorkshopStore((s) => s.entities?.workshop ?? null);
export const useLoadState = () => useWorkshopStore((s) => s.load);
export const useSaveState = () => useWorkshopStore((s) => s.save);
export const useEntities = () => useWorkshopStore((s) => s.entities);
