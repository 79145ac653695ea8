import { emptyLayout, type WorkshopBundle } from '../src/domain/bundle';
import { slotPosition } from '../src/domain/canvasLayout';
import { createNote } from '../src/domain/canvasNotes';
import { BACKUP_FORMAT, WORKSHOP_FORMAT, WORKSHOP_FORMAT_VERSION } from '../src/domain/document';
import { createTiers, createWorkshop } from '../src/domain/factories';
import { reassignIds } from '../src/domain/reassignIds';
import { CANVAS_FIELDS, EDGE_KINDS, NOTE_COLORS, OBJECTIVE_KINDS, PARTNER_STATUSES, PARTNER_TYPES, type Canvas, type MapEdge, type Note, type Partner } from '../src/domain/records';
import { restoreBundle } from '../src/domain/restore';
import { mulberry32 } from './random';

/** Every bench record carries this stamp, so the same seed gives the same file byte for byte. */
export const BENCH_TIME = '2026-01-15T09:00:00.000Z';

export interface WorkshopSpec {
  title: string;
  partners: number;
  /** Value exchanges on the map; the issue asks for twice as many as partners. */
  edges: number;
  canvases: number;
  /** Spread evenly over the canvases and their four fields. */
  notes: number;
}

const STEMS = ['Nordlicht', 'Ząbkowice Data', 'Αθηνά Cloud', 'Kraków Systems', 'Bergström', 'Müller & Söhne', 'Łódź Labs', 'Θεσσαλία Tech', 'Orbital', 'Helix', 'Quarry', 'Lumen'];
const NOTE_WORDS = ['distribution', 'roadmap access', 'joint QBRs', 'co-marketing', 'customer access', 'R&D expertise', 'integration', 'monthly sync', 'market expansion', 'shared pipeline', 'zażółć gęślą jaźń', 'καλή συνεργασία'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function sentence(random: () => number, words: number): string {
  return Array.from({ length: words }, () => pick(random, NOTE_WORDS)).join(', ');
}

function makePartners(random: () => number, workshopId: string, tierIds: string[], count: number): Partner[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    createdAt: BENCH_TIME,
    updatedAt: BENCH_TIME,
    rev: 0,
    workshopId,
    name: `${pick(random, STEMS)} ${String(i + 1).padStart(4, '0')}`,
    type: pick(random, PARTNER_TYPES),
    tierId: random() < 0.1 ? null : pick(random, tierIds),
    status: pick(random, PARTNER_STATUSES),
    objective: random() < 0.15 ? null : pick(random, OBJECTIVE_KINDS),
    owner: random() < 0.5 ? 'Alex Morgan' : 'Zofia Nowak',
    tags: random() < 0.3 ? ['priority'] : [],
    notes: random() < 0.3 ? sentence(random, 6) : '',
    scores: { alignment: 1 + Math.floor(random() * 5), execution: 1 + Math.floor(random() * 5), culture: 1 + Math.floor(random() * 5) },
    nextReview: '',
  }));
}

/** Edges between random distinct ends (partners and the organisation at the centre). */
function makeEdges(random: () => number, workshopId: string, partners: Partner[], count: number): MapEdge[] {
  const ends = [workshopId, ...partners.map((p) => p.id)];
  if (ends.length < 2) return [];
  return Array.from({ length: count }, (_, i) => {
    const from = pick(random, ends);
    let to = pick(random, ends);
    while (to === from) to = pick(random, ends);
    return { id: `e${i}`, createdAt: BENCH_TIME, updatedAt: BENCH_TIME, rev: 0, workshopId, from, to, kind: pick(random, EDGE_KINDS), label: random() < 0.2 ? 'referrals' : '', bidirectional: random() < 0.3 };
  });
}

function makeCanvases(workshopId: string, partners: Partner[], count: number): Canvas[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    createdAt: BENCH_TIME,
    updatedAt: BENCH_TIME,
    rev: 0,
    workshopId,
    title: i === 0 ? 'Partnership Canvas' : `Canvas ${i + 1}`,
    partnerId: i > 0 ? (partners[i - 1]?.id ?? null) : null,
  }));
}

function makeNotes(random: () => number, workshopId: string, canvases: Canvas[], count: number): Note[] {
  const notes: Note[] = [];
  if (canvases.length === 0) return notes;
  const perField = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const canvas = canvases[i % canvases.length] as Canvas;
    const field = CANVAS_FIELDS[Math.floor(i / canvases.length) % CANVAS_FIELDS.length] as (typeof CANVAS_FIELDS)[number];
    const key = `${canvas.id}/${field}`;
    const slot = perField.get(key) ?? 0;
    perField.set(key, slot + 1);
    const note = createNote([], { workshopId, canvasId: canvas.id, field, text: sentence(random, 1 + Math.floor(random() * 5)), color: pick(random, NOTE_COLORS), position: slotPosition(slot) }, BENCH_TIME);
    notes.push({ ...note, id: `n${i}`, order: slot, votes: random() < 0.2 ? Math.floor(random() * 6) : 0 });
  }
  return notes;
}

/** A valid workshop of the given size; the same spec and seed always give the same bundle. */
export function generateWorkshop(spec: WorkshopSpec, seed: number): WorkshopBundle {
  const random = mulberry32(seed);
  const workshop = { ...createWorkshop({ title: spec.title, organisation: 'Bench Org', date: '2026-01-15', objectives: OBJECTIVE_KINDS.map((kind, i) => ({ kind, weight: [50, 30, 20][i] ?? 0 })) }, BENCH_TIME), id: 'w' };
  const tiers = createTiers(workshop.id, undefined, BENCH_TIME).map((tier, i) => ({ ...tier, id: `t${i}` }));
  const partners = makePartners(random, workshop.id, tiers.map((t) => t.id), spec.partners);
  const canvases = makeCanvases(workshop.id, partners, spec.canvases);
  const draft: WorkshopBundle = {
    workshop,
    tiers,
    partners,
    canvases,
    notes: makeNotes(random, workshop.id, canvases, spec.notes),
    edges: makeEdges(random, workshop.id, partners, spec.edges),
    insights: [],
    enablement: [],
    metrics: [],
    votingRounds: [],
    votes: [],
    layout: emptyLayout(workshop.id, BENCH_TIME),
  };
  let counter = 0;
  const seededId = () => `bench-${seed.toString(16)}-${(counter++).toString(36).padStart(6, '0')}`;
  const bundle = reassignIds(draft, seededId, BENCH_TIME);
  const restored = restoreBundle(bundle, { repair: false });
  if (!restored.ok) throw new Error(`The generated workshop "${spec.title}" is not valid: ${restored.errors.join('; ')}`);
  return restored.bundle;
}

/** What Import workshop accepts for several workshops at once: a backup file. */
export function backupFileText(bundles: WorkshopBundle[]): string {
  const workshops = bundles.map((bundle) => ({ format: WORKSHOP_FORMAT, version: WORKSHOP_FORMAT_VERSION, exportedAt: BENCH_TIME, ...bundle }));
  return JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: BENCH_TIME, workshops });
}
