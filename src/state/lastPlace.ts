import type { Section } from './route';

/**
 * Where each workshop was last left on this device: its section and canvas. Kept in localStorage,
 * not in the workshop, so looking around never changes a workshop's "last edited" date.
 */
export interface LastPlace {
  section: Section;
  itemId: string | null;
  canvasId: string | null;
}

const KEY = 'partnerscape.lastPlace';
const KEEP = 100;
const SECTIONS: readonly string[] = ['canvas', 'map', 'partners', 'insights'];

type Stored = Record<string, LastPlace & { at: number }>;

function read(): Stored {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const places: Stored = {};
    for (const [id, value] of Object.entries(parsed as Record<string, unknown>)) {
      const place = value as Partial<LastPlace & { at: number }> | null;
      if (!place || !SECTIONS.includes(String(place.section))) continue;
      const text = (v: unknown) => (typeof v === 'string' && v.length < 200 ? v : null);
      places[id] = { section: place.section as Section, itemId: text(place.itemId), canvasId: text(place.canvasId), at: Number(place.at) || 0 };
    }
    return places;
  } catch {
    return {};
  }
}

export function lastPlaceOf(workshopId: string): LastPlace | null {
  const place = read()[workshopId];
  return place ? { section: place.section, itemId: place.itemId, canvasId: place.canvasId } : null;
}

export function rememberPlace(workshopId: string, section: Section, itemId: string | null): void {
  const places = read();
  const before = places[workshopId];
  const canvasId = section === 'canvas' ? itemId ?? before?.canvasId ?? null : before?.canvasId ?? null;
  places[workshopId] = { section, itemId, canvasId, at: Date.now() };
  const kept = Object.entries(places)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, KEEP);
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Storage refused: this device just won't remember.
  }
}
