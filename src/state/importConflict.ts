import { create } from 'zustand';
import type { WorkshopBundle } from '../domain';

export interface ImportConflict {
  bundle: WorkshopBundle;
  existingTitle: string;
  existingUpdatedAt: string;
}

/** An imported file whose workshop is already stored, waiting for the person to choose new copy or replace. */
export const useImportConflict = create<{ conflict: ImportConflict | null }>(() => ({ conflict: null }));

export function askAboutConflict(conflict: ImportConflict | null): void {
  useImportConflict.setState({ conflict });
}
