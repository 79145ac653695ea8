import type { CanvasField, EdgeKind, InsightKind, InsightStatus, ObjectiveKind, PartnerStatus, PartnerType } from './records';

export const PARTNER_TYPE_LABELS: Record<PartnerType, string> = {
  channel: 'Channel',
  technology: 'Technology',
  innovation: 'Innovation',
};

export const OBJECTIVE_LABELS: Record<ObjectiveKind, string> = {
  'market-expansion': 'Market expansion',
  'platform-differentiation': 'Platform differentiation',
  'innovation-velocity': 'Innovation velocity',
};

/** Which partner type serves which business objective. */
export const OBJECTIVE_PARTNER_TYPE: Record<ObjectiveKind, PartnerType> = {
  'market-expansion': 'channel',
  'platform-differentiation': 'technology',
  'innovation-velocity': 'innovation',
};

export const PARTNER_STATUS_LABELS: Record<PartnerStatus, string> = {
  prospect: 'Prospect',
  onboarding: 'Onboarding',
  active: 'Active',
  'at-risk': 'At risk',
  retired: 'Retired',
};

export const CANVAS_FIELD_LABELS: Record<CanvasField, string> = {
  desiredAssets: 'Desired Assets',
  valueOffer: 'Value Offer',
  transferActivity: 'Transfer Activity',
  createdValue: 'Created Value',
};

export const CANVAS_FIELD_QUESTIONS: Record<CanvasField, string> = {
  desiredAssets: 'What do we seek from the partner?',
  valueOffer: 'What do we give that strengthens their core business?',
  transferActivity: 'How do we collaborate in practice?',
  createdValue: 'What measurable outcome do we create together?',
};

export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  revenue: 'Revenue',
  technology: 'Integration / technology',
  data: 'Data',
  'co-marketing': 'Co-marketing',
  'co-innovation': 'Co-innovation / R&D',
  'customer-access': 'Customer access',
};

export const INSIGHT_KIND_LABELS: Record<InsightKind, string> = {
  'market-gap': 'Market gap',
  'technology-trend': 'Technology trend',
  'customer-pain-point': 'Customer pain point',
  'feature-request': 'Feature request',
};

export const INSIGHT_STATUS_LABELS: Record<InsightStatus, string> = {
  new: 'New',
  'under-review': 'Under review',
  planned: 'Planned',
  shipped: 'Shipped',
  deferred: 'Deferred',
};

/** "1 partner", "12 partners", "1,000 partners". */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
