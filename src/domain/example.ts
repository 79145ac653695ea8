import { emptyBundle, type WorkshopBundle } from './bundle';
import { slotPosition } from './canvasLayout';
import { exampleEnablement, exampleMetrics } from './enablementExample';
import { createTiers, createWorkshop } from './factories';
import { newId, nowIso } from './ids';
import type { CanvasField, EdgeKind, InsightKind, InsightStatus, NoteColor, Partner, PartnerStatus, PartnerType, ObjectiveKind } from './records';

type PartnerSeed = [name: string, type: PartnerType, tier: number, status: PartnerStatus, objective: ObjectiveKind | null, scores: [number, number, number], owner: string, tags: string[]];

const PARTNERS: PartnerSeed[] = [
  ['Helix CRM', 'technology', 0, 'active', 'platform-differentiation', [5, 5, 4], 'Maya Okafor', ['CRM', 'Global']],
  ['Meridian Resellers', 'channel', 0, 'active', 'market-expansion', [5, 4, 4], 'Jonas Berg', ['DACH', 'Manufacturing']],
  ['Aurora Research Lab', 'innovation', 0, 'active', 'innovation-velocity', [4, 4, 5], 'Lena Novak', ['Applied AI', 'University']],
  ['Stratus Cloud', 'technology', 1, 'active', 'platform-differentiation', [4, 5, 3], 'Maya Okafor', ['Hosting', 'EU']],
  ['Wisła Data Group', 'channel', 1, 'onboarding', 'market-expansion', [4, 3, 4], 'Jonas Berg', ['Poland', 'Retail']],
  ['Kestrel Analytics', 'innovation', 1, 'active', 'innovation-velocity', [4, 3, 3], 'Lena Novak', ['Forecasting']],
  ['Beacon Identity', 'technology', 1, 'active', 'platform-differentiation', [3, 4, 4], 'Sam Reyes', ['Security', 'SSO']],
  ['Crescent Distribution', 'channel', 1, 'at-risk', 'market-expansion', [3, 2, 2], 'Jonas Berg', ['MENA']],
  ['Quill Docs', 'technology', 2, 'active', 'platform-differentiation', [3, 3, 4], 'Sam Reyes', ['Documents']],
  ['Tandem Referral Network', 'channel', 2, 'active', 'market-expansion', [3, 3, 3], 'Priya Shah', ['SMB', 'Referral']],
  ['Fjord Robotics', 'innovation', 2, 'prospect', 'innovation-velocity', [3, 2, 4], 'Lena Novak', ['Nordics', 'Logistics']],
  ['Pinnacle Events', 'channel', 2, 'active', null, [2, 2, 3], 'Priya Shah', ['Events']],
];

type NoteSeed = [field: CanvasField, text: string, color: NoteColor, votes: number];

const GENERAL_NOTES: NoteSeed[] = [
  ['desiredAssets', 'Distribution in DACH and Nordic manufacturing', 'yellow', 4],
  ['desiredAssets', 'R&D expertise in forecasting models', 'yellow', 3],
  ['desiredAssets', 'Customer relationships in retail', 'orange', 2],
  ['valueOffer', 'Early roadmap access and a seat in planning', 'blue', 5],
  ['valueOffer', 'Co-marketing that builds the partner’s brand', 'blue', 2],
  ['valueOffer', 'Deal registration with clear commissions', 'green', 3],
  ['transferActivity', 'Quarterly business reviews against shared goals', 'pink', 4],
  ['transferActivity', 'Monthly innovation sync with Aurora Lab', 'pink', 2],
  ['transferActivity', 'Joint solution engineering team', 'purple', 1],
  ['createdValue', '+30 % partner-sourced revenue in 12 months', 'green', 6],
  ['createdValue', 'Two co-developed features shipped per year', 'green', 3],
  ['createdValue', 'Entry into Poland with a local partner', 'orange', 2],
];

const HELIX_NOTES: NoteSeed[] = [
  ['desiredAssets', 'Access to Helix’s 40,000 CRM customers', 'yellow', 3],
  ['desiredAssets', 'Listing in the Helix marketplace', 'yellow', 2],
  ['valueOffer', 'Native forecasting inside Helix opportunities', 'blue', 4],
  ['valueOffer', 'Shared technical documentation and sandbox', 'blue', 1],
  ['transferActivity', 'Integration squad with two engineers each', 'pink', 3],
  ['transferActivity', 'Joint webinar every quarter', 'purple', 1],
  ['createdValue', 'Lower churn for integrated customers', 'green', 4],
  ['createdValue', '200 joint customers by year end', 'green', 2],
];

type EdgeSeed = [from: number | 'org', to: number | 'org', kind: EdgeKind, label: string, both: boolean];

const EDGES: EdgeSeed[] = [
  ['org', 0, 'technology', 'CRM integration', true],
  ['org', 1, 'revenue', 'Resale margin 25 %', true],
  ['org', 2, 'co-innovation', 'Joint forecasting research', true],
  ['org', 3, 'technology', 'EU hosting', false],
  ['org', 4, 'customer-access', 'Polish retail accounts', true],
  ['org', 5, 'co-innovation', 'Model benchmarks', true],
  ['org', 6, 'technology', 'Single sign-on', false],
  ['org', 7, 'revenue', 'Distribution MENA', true],
  ['org', 9, 'revenue', 'Referral fee 10 %', false],
  [0, 6, 'data', 'Identity sync', true],
  [1, 3, 'co-marketing', 'Cloud bundle', true],
  [2, 5, 'data', 'Shared datasets', true],
];

type InsightSeed = [partner: number, kind: InsightKind, text: string, weight: number, status: InsightStatus, response: string];

const INSIGHTS: InsightSeed[] = [
  [0, 'feature-request', 'Forecast scores visible inside the CRM opportunity view', 5, 'planned', 'Scheduled for the spring release; beta invitation to follow.'],
  [1, 'market-gap', 'Mid-size manufacturers in Austria lack demand planning tools', 4, 'under-review', ''],
  [2, 'technology-trend', 'Small language models make on-premise forecasting affordable', 3, 'new', ''],
  [4, 'customer-pain-point', 'Retailers need invoices and UI in Polish', 4, 'shipped', 'Polish localisation shipped in 4.2 — thank you for the push.'],
  [7, 'feature-request', 'Arabic right-to-left reports', 2, 'deferred', 'Deferred to next year: we first need a regional hosting partner.'],
];

function daysFrom(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Notes are placed in a two-column grid inside their field; x and y are relative to the field. */
export function gridPosition(index: number): { x: number; y: number } {
  return slotPosition(index);
}

/** The sample workshop that demos and screenshots use. */
export function createExampleWorkshop(at: string = nowIso()): WorkshopBundle {
  const today = at.slice(0, 10);
  const workshop = createWorkshop(
    {
      title: 'Northwind ecosystem workshop',
      organisation: 'Northwind Analytics',
      date: today,
      objectives: [
        { kind: 'market-expansion', weight: 40 },
        { kind: 'platform-differentiation', weight: 35 },
        { kind: 'innovation-velocity', weight: 25 },
      ],
    },
    at,
  );
  const stamp = { workshopId: workshop.id, createdAt: at, updatedAt: at, rev: 0 };
  const tiers = createTiers(workshop.id, undefined, at);
  const partners: Partner[] = PARTNERS.map(([name, type, tier, status, objective, [alignment, execution, culture], owner, tags], i) => ({
    ...stamp,
    id: newId(),
    name,
    type,
    tierId: tiers[tier]?.id ?? null,
    status,
    objective,
    owner,
    tags,
    notes: '',
    scores: { alignment, execution, culture },
    nextReview: daysFrom(today, 14 + i * 9),
  }));
  const general = { ...stamp, id: newId(), title: 'Ecosystem strategy', partnerId: null };
  const helix = { ...stamp, id: newId(), title: 'Helix CRM partnership', partnerId: partners[0]?.id ?? null };
  const notesFor = (canvasId: string, seeds: NoteSeed[]) => {
    const counters: Partial<Record<CanvasField, number>> = {};
    return seeds.map(([field, text, color, votes]) => {
      const index = counters[field] ?? 0;
      counters[field] = index + 1;
      return { ...stamp, id: newId(), canvasId, field, text, color, votes, order: index, ...gridPosition(index) };
    });
  };
  const nodeId = (ref: number | 'org') => (ref === 'org' ? workshop.id : (partners[ref]?.id ?? workshop.id));
  return {
    ...emptyBundle(workshop),
    tiers,
    partners,
    canvases: [general, helix],
    notes: [...notesFor(general.id, GENERAL_NOTES), ...notesFor(helix.id, HELIX_NOTES)],
    edges: EDGES.map(([from, to, kind, label, bidirectional]) => ({ ...stamp, id: newId(), from: nodeId(from), to: nodeId(to), kind, label, bidirectional })),
    insights: INSIGHTS.map(([partner, kind, text, weight, status, response], i) => ({
      ...stamp,
      id: newId(),
      partnerId: partners[partner]?.id ?? null,
      kind,
      text,
      weight,
      status,
      response,
      date: daysFrom(today, -7 * (i + 1)),
    })),
    enablement: exampleEnablement(partners, today, at),
    metrics: exampleMetrics(partners, today, at),
  };
}
