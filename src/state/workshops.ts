import { useLiveQuery } from 'dexie-react-hooks';
import {
  createExampleWorkshop,
  createWorkshopBundle,
  nowIso,
  parseImportFile,
  reassignIds,
  serializeWorkshop,
  WORKSHOP_FILE_EXTENSION,
  type NewWorkshopInput,
  type WorkshopBundle,
} from '../domain';
import { platform } from '../platform';
import { storage, storageAvailable, toStorageError, UNAVAILABLE_MESSAGE, type WorkshopSummary } from '../storage';
import { showToast } from './toasts';
import { closeWorkshop, flushWorkshop, useWorkshopStore } from './workshopStore';

export type { WorkshopSummary };

export const WORKSHOP_FILE_FILTERS = [{ name: 'Partnerscape workshop', extensions: [WORKSHOP_FILE_EXTENSION] }];

export type SummariesState = { status: 'loading' } | { status: 'ready'; list: WorkshopSummary[] } | { status: 'error'; message: string };

function useUnavailableSummaries(): SummariesState {
  return { status: 'error', message: UNAVAILABLE_MESSAGE };
}

function useLiveSummaries(): SummariesState {
  const state = useLiveQuery(async (): Promise<SummariesState> => {
    try {
      return { status: 'ready', list: await storage().workshops.listSummaries() };
    } catch (error) {
      return { status: 'error', message: toStorageError(error).message };
    }
  }, []);
  return state ?? { status: 'loading' };
}

/** Workshops newest first, kept live across windows. */
export const useWorkshopSummaries = storageAvailable() ? useLiveSummaries : useUnavailableSummaries;

async function saveNew(bundle: WorkshopBundle): Promise<string> {
  await storage().workshops.save(bundle);
  return bundle.workshop.id;
}

export function createWorkshop(input: NewWorkshopInput): Promise<string> {
  return saveNew(createWorkshopBundle(input));
}

export function createExample(): Promise<string> {
  return saveNew(createExampleWorkshop());
}

async function loadOrThrow(id: string): Promise<WorkshopBundle> {
  if (useWorkshopStore.getState().entities?.workshop.id === id) await flushWorkshop();
  const result = await storage().workshops.load(id);
  if (!result) throw new Error('That workshop no longer exists.');
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.bundle;
}

export async function renameWorkshop(id: string, title: string): Promise<void> {
  const workshop = await storage().workshops.getWorkshop(id);
  const trimmed = title.trim();
  if (!workshop || !trimmed || trimmed === workshop.title) return;
  const renamed = { ...workshop, title: trimmed, rev: workshop.rev + 1 };
  await storage().workshops.apply(renamed, { workshop: renamed, layout: null, put: {}, remove: {} }, nowIso());
}

export async function duplicateWorkshop(id: string): Promise<string> {
  const copy = reassignIds(await loadOrThrow(id));
  copy.workshop = { ...copy.workshop, title: `${copy.workshop.title} (copy)`.slice(0, 200) };
  return saveNew(copy);
}

/** Deletes a workshop and offers an undo that puts every record back as it was. */
export async function deleteWorkshop(id: string): Promise<void> {
  const bundle = await loadOrThrow(id);
  await storage().workshops.delete(id);
  showToast({
    message: `Deleted “${bundle.workshop.title}”.`,
    tone: 'info',
    action: { label: 'Undo', run: () => storage().workshops.save(bundle) },
  });
}

export function fileNameFor(title: string, what: string, extension: string, date: string = nowIso().slice(0, 10)): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'workshop';
  return `${safe}-${what}-${date}.${extension}`;
}

export async function exportWorkshopFile(id: string): Promise<void> {
  const bundle = await loadOrThrow(id);
  const text = serializeWorkshop(bundle, nowIso());
  const result = await platform().saveFile(fileNameFor(bundle.workshop.title, 'workshop', WORKSHOP_FILE_EXTENSION), text, WORKSHOP_FILE_FILTERS);
  if (result.saved) showToast({ message: `Exported “${bundle.workshop.title}”.`, tone: 'info' });
}

export type ImportOutcome =
  | { ok: true; id: string; title: string; count: number; replaced?: { title: string; undo: () => Promise<void> } }
  | { ok: false; errors: string[] }
  | { ok: 'conflict'; bundle: WorkshopBundle; existingTitle: string; existingUpdatedAt: string };

/** Stores bundles as new workshops (fresh IDs, references rewired), all or nothing. */
export async function importAsNew(bundles: WorkshopBundle[]): Promise<ImportOutcome> {
  const fresh = bundles.map((bundle) => reassignIds(bundle));
  const first = fresh[0];
  if (!first) return { ok: false, errors: ['The backup holds no workshops.'] };
  try {
    await storage().workshops.saveAll(fresh);
    return { ok: true, id: first.workshop.id, title: first.workshop.title, count: fresh.length };
  } catch (error) {
    return { ok: false, errors: [toStorageError(error).message] };
  }
}

/**
 * Puts a workshop in place of the stored one with the same id, all records at once (closing it here first);
 * returns what was stored before, for an Undo. Backup restore and import-replace both come through here.
 */
export async function replaceStored(bundle: WorkshopBundle): Promise<WorkshopBundle | null> {
  if (useWorkshopStore.getState().entities?.workshop.id === bundle.workshop.id) await closeWorkshop();
  const current = await storage().workshops.load(bundle.workshop.id);
  await storage().workshops.save(bundle);
  return current?.ok ? current.bundle : null;
}

/** Puts an imported workshop in place of the stored one with the same identity; Undo brings the old one back. */
export async function replaceWithImported(bundle: WorkshopBundle): Promise<ImportOutcome> {
  try {
    const previous = await replaceStored(bundle);
    const replaced = previous ? { title: previous.workshop.title, undo: () => storage().workshops.save(previous) } : undefined;
    return { ok: true, id: bundle.workshop.id, title: bundle.workshop.title, count: 1, ...(replaced ? { replaced } : {}) };
  } catch (error) {
    return { ok: false, errors: [toStorageError(error).message] };
  }
}

/** Validates a workshop or backup file; a workshop that is already here asks whether to replace it. */
export async function importWorkshopText(text: string): Promise<ImportOutcome> {
  const result = parseImportFile(text);
  if (!result.ok) return result;
  const [only] = result.bundles;
  if (only && result.bundles.length === 1) {
    const existing = await storage().workshops.getWorkshop(only.workshop.id);
    if (existing) return { ok: 'conflict', bundle: only, existingTitle: existing.title, existingUpdatedAt: existing.updatedAt };
  }
  return importAsNew(result.bundles);
}

export async function pickAndImportWorkshop(): Promise<ImportOutcome | null> {
  const file = await platform().openFile(WORKSHOP_FILE_FILTERS);
  if (!file.opened) return null;
  return importWorkshopText(file.text);
}
