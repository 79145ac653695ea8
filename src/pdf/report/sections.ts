import { OBJECTIVE_LABELS, OBJECTIVE_PARTNER_TYPE, PARTNER_TYPE_LABELS } from '../../domain/labels';
import { OBJECTIVE_KINDS, PARTNER_TYPES, type Partner, type Tier } from '../../domain/records';
import { label } from '../frame';
import { INK, TYPE_COLOR } from '../theme';
import { Flow } from './flow';

const CADENCE: Record<string, string> = { monthly: 'monthly', quarterly: 'quarterly', 'half-yearly': 'half-yearly', yearly: 'yearly' };

function percent(value: number): string {
  return `${Math.round(value)} %`;
}

function bar(flow: Flow, x: number, y: number, width: number, share: number, color: string): void {
  flow.items.push({ kind: 'rect', x, y, w: width, h: 9, radius: 2, fill: '#eef0f3' });
  if (share > 0) flow.items.push({ kind: 'rect', x, y, w: Math.max(2, (width * Math.min(100, share)) / 100), h: 9, radius: 2, fill: color });
}

/** Objectives with their weights next to the share of partners of the type that serves each. */
export function objectivesSection(flow: Flow): void {
  const { bundle, metrics } = flow.ctx;
  const weights = new Map(bundle.workshop.objectives.map((o) => [o.kind, o.weight]));
  const weightSum = [...weights.values()].reduce((s, w) => s + w, 0);
  const partners = bundle.partners;
  flow.paragraph(
    'Each business objective is served by one partner type. A healthy mix puts partners where the weight is: compare the two bars per objective.',
    { color: INK.text2, size: 9.5, after: 12 },
  );
  const labelW = Math.min(190, flow.box.w * 0.36);
  const barX = flow.box.x + labelW;
  const barW = flow.box.w - labelW - 110;
  for (const kind of OBJECTIVE_KINDS) {
    const type = OBJECTIVE_PARTNER_TYPE[kind];
    const weight = weights.get(kind);
    const count = partners.filter((p) => p.type === type).length;
    const weightShare = weight !== undefined && weightSum > 0 ? (weight / weightSum) * 100 : 0;
    const partnerShare = partners.length > 0 ? (count / partners.length) * 100 : 0;
    flow.ensure(50);
    const y = flow.y;
    flow.items.push(
      ...label(metrics, OBJECTIVE_LABELS[kind], flow.box.x, y + 10, { font: 'bold', size: 10, maxWidth: labelW - 8 }),
      ...label(metrics, `served by ${PARTNER_TYPE_LABELS[type].toLowerCase()} partners`, flow.box.x, y + 23, { size: 8.5, color: INK.text2, maxWidth: labelW - 8 }),
    );
    bar(flow, barX, y + 2, barW, weightShare, INK.accent);
    flow.items.push(...label(metrics, weight === undefined ? 'not an objective' : `weight ${percent(weightShare)}`, barX + barW + 8, y + 10, { size: 8.5, color: INK.text2, maxWidth: 100 }));
    bar(flow, barX, y + 16, barW, partnerShare, TYPE_COLOR[type]);
    flow.items.push(...label(metrics, `${count} of ${partners.length} partners (${percent(partnerShare)})`, barX + barW + 8, y + 24, { size: 8.5, color: INK.text2, maxWidth: 100 }));
    flow.y += 42;
  }
  flow.ensure(30);
  flow.items.push({ kind: 'rect', x: flow.box.x, y: flow.y + 2, w: 12, h: 7, radius: 1.5, fill: INK.accent });
  flow.items.push(...label(metrics, 'objective weight', flow.box.x + 17, flow.y + 9, { size: 8.5, color: INK.text2 }));
  PARTNER_TYPES.forEach((type, i) => flow.items.push({ kind: 'rect', x: flow.box.x + 110 + i * 8, y: flow.y + 2, w: 7, h: 7, radius: 1.5, fill: TYPE_COLOR[type] }));
  flow.items.push(...label(metrics, 'share of partners of the serving type', flow.box.x + 140, flow.y + 9, { size: 8.5, color: INK.text2 }));
  flow.y += 26;
  const noise = partners.filter((p) => p.objective === null).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  flow.heading('Partners without an objective');
  flow.paragraph(noise.length ? `${noise.map((p) => p.name).join(', ')}: connect each to an objective, or cut or renegotiate.` : 'Every partner serves an objective.', { size: 9.5 });
}

function partnersIn(partners: Partner[], tierId: string): Partner[] {
  return partners.filter((p) => p.tierId === tierId).sort((a, b) => a.name.localeCompare(b.name));
}

/** Each tier: its share of resources, review cadence, success criteria and members. */
export function tiersSection(flow: Flow): void {
  const { bundle } = flow.ctx;
  const tiers = [...bundle.tiers].sort((a, b) => a.order - b.order);
  if (tiers.length === 0) flow.paragraph('No tiers defined.', { color: INK.text2 });
  for (const [i, tier] of tiers.entries()) flow.keep((f) => tierBlock(f, i, tier));
}

function tierBlock(flow: Flow, i: number, tier: Tier): void {
  const { bundle, metrics } = flow.ctx;
  flow.ensure(70);
  flow.heading(`${i + 1}. ${tier.name}`);
  const y = flow.y;
  const barW = Math.min(220, flow.box.w * 0.4);
  bar(flow, flow.box.x, y + 1, barW, tier.resourceShare, INK.accent);
  flow.items.push(...label(metrics, `${percent(tier.resourceShare)} of resources · review ${CADENCE[tier.reviewCadence] ?? tier.reviewCadence}`, flow.box.x + barW + 10, y + 9, { size: 9, color: INK.text2, maxWidth: flow.box.w - barW - 10 }));
  flow.y += 20;
  flow.paragraph('Success criteria', { font: 'bold', size: 9.5, after: 2 });
  if (tier.successCriteria.length === 0) flow.paragraph('None written yet.', { size: 9.5, color: INK.text3, indent: 10 });
  for (const criterion of tier.successCriteria) flow.paragraph(`•  ${criterion}`, { size: 9.5, indent: 10, after: 2 });
  const members = partnersIn(bundle.partners, tier.id);
  flow.y += 4;
  flow.paragraph(`Partners (${members.length})`, { font: 'bold', size: 9.5, after: 2 });
  flow.paragraph(members.length ? members.map((p) => p.name).join(', ') : 'No partners in this tier yet.', { size: 9.5, indent: 10, color: members.length ? INK.text : INK.text3, after: 10 });
}
