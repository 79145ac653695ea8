import { toEntities } from '../../domain/bundle';
import { checklistCompletion, DUE_SOON_DAYS, dueEngagements, enablementFor, nextDueDate, RHYTHM_LABELS, type DueEngagement } from '../../domain/enablement';
import { PARTNER_TYPE_LABELS } from '../../domain/labels';
import type { ChecklistItem, Partner, PartnerEnablement, Tier } from '../../domain/records';
import { label, lineItems } from '../frame';
import { wrapText } from '../text';
import { INK, TYPE_COLOR } from '../theme';
import type { Flow } from './flow';
import { flowTable } from './table';

const AMBER = '#9a6700';
const ITEM_SIZE = 8.5;
const ITEM_LINE = 11;
const BOX = 7;

function rhythmText(plan: PartnerEnablement): string {
  return plan.rhythm.kind === 'custom' ? `Every ${plan.rhythm.intervalDays} days` : RHYTHM_LABELS[plan.rhythm.kind];
}

function dueText(due: Pick<DueEngagement, 'state' | 'daysUntil'>): string {
  const days = Math.abs(due.daysUntil);
  if (due.state === 'overdue') return `Overdue by ${days} day${days === 1 ? '' : 's'}`;
  return due.daysUntil === 0 ? 'Due today' : `Due in ${days} day${days === 1 ? '' : 's'}`;
}

/** The portfolio-wide list of engagements that are due soon or overdue, soonest first. */
function dueList(flow: Flow): void {
  const due = dueEngagements(toEntities(flow.ctx.bundle), flow.ctx.options.date);
  flow.subsection('Due and overdue');
  flow.paragraph(`Engagements overdue or due within ${DUE_SOON_DAYS} days of ${flow.ctx.options.date}.`, { size: 9, color: INK.text2, after: 8 });
  if (due.length === 0) return flow.paragraph('Nothing is due: every partner’s next engagement is more than two weeks away.', { size: 9.5, color: INK.text2, after: 10 });
  const partners = new Map(flow.ctx.bundle.partners.map((p) => [p.id, p]));
  flowTable(
    flow,
    [
      { header: 'Partner', share: 30 },
      { header: 'Engagement', share: 26 },
      { header: 'Last', share: 13 },
      { header: 'Next', share: 13 },
      { header: 'State', share: 18 },
    ],
    due.map((d) => {
      const partner = partners.get(d.partnerId);
      return [
        { text: d.partnerName, font: 'bold', ...(partner ? { dot: TYPE_COLOR[partner.type] } : {}) },
        { text: RHYTHM_LABELS[d.kind] },
        d.lastDate ? { text: d.lastDate } : { text: 'None yet', color: INK.text3 },
        { text: d.nextDate },
        { text: dueText(d), font: 'bold', color: d.state === 'overdue' ? INK.danger : AMBER },
      ];
    }),
  );
}

function completionBar(flow: Flow, x: number, y: number, width: number, percent: number): void {
  flow.items.push({ kind: 'rect', x, y, w: width, h: 7, radius: 2, fill: '#eef0f3', tag: 'completion-bar' });
  if (percent > 0) flow.items.push({ kind: 'rect', x, y, w: Math.max(2, (width * percent) / 100), h: 7, radius: 2, fill: percent === 100 ? INK.ok : INK.accent });
}

function checkbox(flow: Flow, x: number, y: number, done: boolean): void {
  flow.items.push({ kind: 'rect', x, y, w: BOX, h: BOX, radius: 1.2, fill: done ? INK.ok : INK.surface, stroke: done ? INK.ok : INK.borderStrong, lineWidth: 0.6 });
  if (!done) return;
  flow.items.push(
    { kind: 'line', x1: x + 1.6, y1: y + 3.7, x2: x + 3, y2: y + 5.2, stroke: INK.surface, lineWidth: 0.9 },
    { kind: 'line', x1: x + 3, y1: y + 5.2, x2: x + 5.6, y2: y + 1.8, stroke: INK.surface, lineWidth: 0.9 },
  );
}

/** One partner's plan: name, completion bar, rhythm with last and next dates, then the checklist in two columns. */
function planCard(flow: Flow, partner: Partner, plan: PartnerEnablement, tiers: Tier[]): void {
  const { metrics, options } = flow.ctx;
  const { x, w } = flow.box;
  const percent = checklistCompletion(plan.checklist);
  const done = plan.checklist.filter((i) => i.done).length;
  const next = nextDueDate(plan.rhythm, plan.createdAt);
  const due = dueEngagements({ partners: { [partner.id]: partner }, enablement: { [plan.id]: plan } }, options.date, true)[0];
  const tier = tiers.find((t) => t.id === partner.tierId)?.name ?? 'No tier';
  const column = (w - 24) / 2;
  const rows: ChecklistItem[][] = [];
  for (let i = 0; i < plan.checklist.length; i += 2) rows.push(plan.checklist.slice(i, i + 2));
  const wrapped = rows.map((row) => row.map((item) => wrapText(item.label, 'regular', ITEM_SIZE, column - BOX - 6, metrics)));
  const rowHeight = (lines: (typeof wrapped)[number]) => Math.max(1, ...lines.map((l) => l.length)) * ITEM_LINE + 3;

  flow.ensure(40 + (wrapped[0] ? rowHeight(wrapped[0]) : 0));
  const barW = 90;
  const summary = `${percent} %  ·  ${done} of ${plan.checklist.length} done`;
  const summaryW = metrics.width(summary, 'bold', 8.5);
  const top = flow.y;
  flow.items.push({ kind: 'circle', cx: x + 4, cy: top + 7, r: 3.5, fill: TYPE_COLOR[partner.type] });
  flow.items.push(...label(metrics, partner.name, x + 12, top + 10.5, { font: 'bold', size: 10.5, maxWidth: w - barW - summaryW - 36 }));
  completionBar(flow, x + w - summaryW - barW - 8, top + 4, barW, percent);
  flow.items.push(...label(metrics, summary, x + w, top + 10.5, { font: 'bold', size: 8.5, color: percent === 100 ? INK.ok : INK.text, align: 'right' }));
  const rhythm = `${PARTNER_TYPE_LABELS[partner.type]} · ${tier}  ·  ${rhythmText(plan)}  ·  last ${plan.rhythm.lastDate || 'none yet'}  ·  next ${next}`;
  const state = due && due.state !== 'planned' ? dueText(due) : '';
  const stateW = state ? metrics.width(state, 'bold', 8.5) + 10 : 0;
  flow.items.push(...label(metrics, rhythm, x + 12, top + 24, { size: 8.5, color: INK.text2, maxWidth: w - 12 - stateW }));
  if (state && due) flow.items.push(...label(metrics, state, x + w, top + 24, { font: 'bold', size: 8.5, color: due.state === 'overdue' ? INK.danger : AMBER, align: 'right' }));
  flow.y = top + 32;
  if (plan.checklist.length === 0) flow.paragraph('No checklist items.', { size: 8.5, color: INK.text3, indent: 12, after: 2 });
  rows.forEach((row, r) => {
    const lines = wrapped[r] ?? [];
    const pagesBefore = flow.pages.length;
    flow.ensure(rowHeight(lines));
    if (flow.pages.length !== pagesBefore) {
      flow.items.push(...label(metrics, `${partner.name} (continued)`, x + 12, flow.y + 9, { font: 'bold', size: 9, color: INK.text2, maxWidth: w - 12 }));
      flow.y += 15;
    }
    row.forEach((item, c) => {
      const cx = x + 12 + c * (column + 12);
      checkbox(flow, cx, flow.y + 1.5, item.done);
      (lines[c] ?? []).forEach((line, i) => flow.items.push(...lineItems(line, cx + BOX + 6, flow.y + ITEM_SIZE + i * ITEM_LINE, ITEM_SIZE, item.done ? INK.text2 : INK.text)));
    });
    flow.y += rowHeight(lines);
  });
  flow.y += 4;
  flow.items.push({ kind: 'line', x1: x, y1: flow.y, x2: x + w, y2: flow.y, stroke: INK.border, lineWidth: 0.5 });
  flow.y += 10;
}

/** Enablement: what is due, then each partner's onboarding checklist and engagement rhythm, in tier order. */
export function enablementSection(flow: Flow): void {
  const { bundle } = flow.ctx;
  const entities = toEntities(bundle);
  const tierOrder = new Map([...bundle.tiers].sort((a, b) => a.order - b.order).map((t, i) => [t.id, i]));
  const rank = (p: Partner) => (p.tierId === null ? Infinity : (tierOrder.get(p.tierId) ?? Infinity));
  const partners = [...bundle.partners].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  const withPlan = partners.flatMap((p) => {
    const plan = enablementFor(entities, p.id);
    return plan ? [{ partner: p, plan }] : [];
  });
  flow.paragraph('Turning signed partners into working ones: each partner’s onboarding checklist, how often we meet, and what is due.', { size: 9.5, color: INK.text2, after: 6 });
  dueList(flow);
  flow.subsection('Plans by partner', 90);
  if (withPlan.length === 0) flow.paragraph('No partner has an enablement plan yet.', { size: 9.5, color: INK.text2 });
  for (const { partner, plan } of withPlan) planCard(flow, partner, plan, bundle.tiers);
  const without = partners.filter((p) => !withPlan.some((w) => w.partner.id === p.id));
  if (without.length > 0 && withPlan.length > 0) {
    flow.paragraph(`No plan yet (${without.length})`, { font: 'bold', size: 9.5, after: 2 });
    flow.paragraph(without.map((p) => p.name).join(', '), { size: 9, color: INK.text2 });
  }
}
