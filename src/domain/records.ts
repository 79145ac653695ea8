import { z } from 'zod';
import { CANVAS_FIELDS, NOTE_COLORS } from './canvasFields';

// No JIT: zod would probe `new Function`, which the app's CSP (rightly) forbids.
z.config({ jitless: true });

/** Limits keep a hostile or broken file from exhausting memory or the layout. */
export const LIMITS = {
  idLength: 64,
  shortText: 200,
  longText: 20_000,
  listItems: 100,
} as const;

const id = z.string().min(1).max(LIMITS.idLength);
const isoDate = z.string().min(1).max(40).refine((value) => !Number.isNaN(Date.parse(value)), 'is not a valid date');
const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);
const finite = z.number().finite();

/**
 * Bumped by every change of a record (the state layer's commit does it), so two writers' edits of one record
 * can be told apart. Records stored or exported before it existed read as 0.
 */
const revision = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0);

const stamped = { id, createdAt: isoDate, updatedAt: isoDate, rev: revision };

/** Positions on the canvas board and the ecosystem map stay within this distance of the origin. */
export const COORDINATE_LIMIT = 1_000_000;
const coordinate = finite.min(-COORDINATE_LIMIT).max(COORDINATE_LIMIT);

export const PARTNER_TYPES = ['channel', 'technology', 'innovation'] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const OBJECTIVE_KINDS = ['market-expansion', 'platform-differentiation', 'innovation-velocity'] as const;
export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];

export const PARTNER_STATUSES = ['prospect', 'onboarding', 'active', 'at-risk', 'retired'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

export { CANVAS_FIELDS, NOTE_COLORS, type CanvasField, type NoteColor } from './canvasFields';

export const EDGE_KINDS = ['revenue', 'technology', 'data', 'co-marketing', 'co-innovation', 'customer-access'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const INSIGHT_KINDS = ['market-gap', 'technology-trend', 'customer-pain-point', 'feature-request'] as const;
export type InsightKind = (typeof INSIGHT_KINDS)[number];

export const INSIGHT_STATUSES = ['new', 'under-review', 'planned', 'shipped', 'deferred'] as const;
export type InsightStatus = (typeof INSIGHT_STATUSES)[number];

const score = z.number().int().min(1).max(5);

export const objectiveSchema = z.object({
  kind: z.enum(OBJECTIVE_KINDS),
  weight: finite.min(0).max(100),
});

export const workshopSchema = z.object({
  ...stamped,
  title: shortText.min(1),
  organisation: shortText,
  date: z.string().max(10).regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date like 2026-11-25'),
  objectives: z.array(objectiveSchema).max(OBJECTIVE_KINDS.length),
  scoreWeights: z.object({ alignment: finite.min(0).max(10), execution: finite.min(0).max(10), culture: finite.min(0).max(10) }),
  noiseThreshold: finite.min(0).max(5),
});

export const tierSchema = z.object({
  ...stamped,
  workshopId: id,
  name: shortText.min(1),
  order: z.number().int().min(0),
  successCriteria: z.array(shortText).max(LIMITS.listItems),
  resourceShare: finite.min(0).max(100),
  reviewCadence: z.enum(['monthly', 'quarterly', 'half-yearly', 'yearly']),
});

export const partnerSchema = z.object({
  ...stamped,
  workshopId: id,
  name: shortText.min(1),
  type: z.enum(PARTNER_TYPES),
  tierId: id.nullable(),
  status: z.enum(PARTNER_STATUSES),
  objective: z.enum(OBJECTIVE_KINDS).nullable(),
  owner: shortText,
  tags: z.array(shortText).max(LIMITS.listItems),
  notes: longText,
  scores: z.object({ alignment: score, execution: score, culture: score }),
  nextReview: z.string().max(10).regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date like 2026-11-25'),
});

export const canvasSchema = z.object({
  ...stamped,
  workshopId: id,
  title: shortText.min(1),
  partnerId: id.nullable(),
});

export const noteSchema = z.object({
  ...stamped,
  workshopId: id,
  canvasId: id,
  field: z.enum(CANVAS_FIELDS),
  text: longText,
  color: z.enum(NOTE_COLORS),
  votes: z.number().int().min(0).max(10_000),
  x: coordinate,
  y: coordinate,
  order: finite,
  /** Who wrote it, when a participant added it in a named live session. */
  author: shortText.optional(),
  /** The live-session note it came from (participant and their note's key); `clamped` when its text was cut to the limit. */
  live: z.object({ participant: id, key: id, clamped: z.boolean().optional() }).optional(),
});

export const mapEdgeSchema = z.object({
  ...stamped,
  workshopId: id,
  from: id,
  to: id,
  kind: z.enum(EDGE_KINDS),
  label: shortText,
  bidirectional: z.boolean(),
});

/** A partner's place on the ecosystem map. */
export const mapPointSchema = z.object({ x: coordinate, y: coordinate });

export const mapLayoutSchema = z.object({
  workshopId: id,
  updatedAt: isoDate,
  rev: revision,
  positions: z.record(id, mapPointSchema),
});

export const insightSchema = z.object({
  ...stamped,
  workshopId: id,
  partnerId: id.nullable(),
  kind: z.enum(INSIGHT_KINDS),
  text: longText.min(1),
  weight: z.number().int().min(1).max(5),
  date: z.string().max(10).regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date like 2026-11-25'),
  status: z.enum(INSIGHT_STATUSES),
  response: longText,
});

export type Objective = z.infer<typeof objectiveSchema>;
export type Workshop = z.infer<typeof workshopSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type Canvas = z.infer<typeof canvasSchema>;
export type Note = z.infer<typeof noteSchema>;
export type MapEdge = z.infer<typeof mapEdgeSchema>;
export type MapLayout = z.infer<typeof mapLayoutSchema>;
export type Insight = z.infer<typeof insightSchema>;

// ── Enablement and metrics (issue 9) ────────────────────────────────────────────────────────────

const dateOnly = z.string().max(10).regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date like 2026-11-25');

export const RHYTHM_KINDS = ['qbr-quarterly', 'monthly-checkin', 'custom'] as const;
export type RhythmKind = (typeof RHYTHM_KINDS)[number];

export const checklistItemSchema = z.object({
  id,
  label: shortText.min(1),
  done: z.boolean(),
  /** The day it was ticked; absent while not done. */
  doneAt: dateOnly.optional(),
});

export const engagementRhythmSchema = z.object({
  kind: z.enum(RHYTHM_KINDS),
  /** Used by `custom`; kept when switching kinds so it is not lost. */
  intervalDays: z.number().int().min(1).max(730),
  /** The last meeting held; '' = none yet (the first one is due from the plan's start). */
  lastDate: dateOnly,
});

/** One partner's onboarding checklist and engagement rhythm (at most one per partner). */
export const partnerEnablementSchema = z.object({
  ...stamped,
  workshopId: id,
  partnerId: id,
  checklist: z.array(checklistItemSchema).max(LIMITS.listItems),
  rhythm: engagementRhythmSchema,
});

export const METRIC_KEYS = [
  'engagement',
  'trainingCompletion',
  'pipelineValue',
  'jointOpportunities',
  'partnerRevenue',
  'dealWinRate',
  'featuresCoDeveloped',
  'timeToMarketDays',
  'marketsEntered',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/** A quarter (2026-Q3) or a month (2026-09). */
export const PERIOD_PATTERN = /^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/;

const MAX_MONEY = 1e12;
const percent = finite.min(0).max(100).nullable();
const count = z.number().int().min(0).max(1_000_000).nullable();

export const metricValuesSchema = z.object({
  /** Engagement index 0–100 (activity, meetings, portal use). */
  engagement: percent,
  trainingCompletion: percent,
  pipelineValue: finite.min(0).max(MAX_MONEY).nullable(),
  jointOpportunities: count,
  partnerRevenue: finite.min(0).max(MAX_MONEY).nullable(),
  dealWinRate: percent,
  featuresCoDeveloped: count,
  /** Days by which a launch came sooner thanks to the partner (negative: it came later). */
  timeToMarketDays: z.number().int().min(-3650).max(3650).nullable(),
  marketsEntered: count,
});

/** One partner's measured values for one period (at most one per partner and period). */
export const metricEntrySchema = z.object({
  ...stamped,
  workshopId: id,
  partnerId: id,
  period: z.string().regex(PERIOD_PATTERN, 'must be a quarter like 2026-Q3 or a month like 2026-09'),
  values: metricValuesSchema,
});

export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type EngagementRhythm = z.infer<typeof engagementRhythmSchema>;
export type PartnerEnablement = z.infer<typeof partnerEnablementSchema>;
export type MetricValues = z.infer<typeof metricValuesSchema>;
export type MetricEntry = z.infer<typeof metricEntrySchema>;

/**
 * One round of dot voting on a canvas: the budget, whether a person may put several dots on one note, and
 * whether its counts have been shown to the room. A note's count is derived from the round's votes.
 */
export const votingRoundSchema = z.object({
  ...stamped,
  workshopId: id,
  canvasId: id,
  votesPerPerson: z.number().int().min(1).max(100),
  onePerNote: z.boolean(),
  startedAt: isoDate,
  /** Null while the round is open. */
  endedAt: isoDate.nullable(),
  revealed: z.boolean(),
});

/** One dot: who cast it (a live participant's id, or a turn at the facilitator's screen) on which note, in which round. */
export const voteSchema = z.object({
  ...stamped,
  workshopId: id,
  roundId: id,
  noteId: id,
  voter: id,
  /** The voter's name when they voted in a named live session. */
  voterName: shortText.optional(),
});

export type VotingRound = z.infer<typeof votingRoundSchema>;
export type Vote = z.infer<typeof voteSchema>;
