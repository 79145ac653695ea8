// The printed tier map: one page when every name fits at print size; otherwise an overview page (every
// partner as its type's mark) and one page per ring, split further by type or in parts when still too dense.
import { PARTNER_TYPE_LABELS } from '../../domain/labels';
import type { Partner } from '../../domain/records';
import { shapeGeometry, TYPE_MARKS } from '../../domain/visualLanguage';
import { contentBox, header, label, newPage, type Box, type LayoutContext } from '../frame';
import type { LaidOutPage, OutlineEntry, Primitive } from '../primitives';
import { INK, TYPE_COLOR } from '../theme';
import { drawEdges, type KeyedLabel } from './edges';
import { drawLegend, LEGEND_COLUMN, legendHeight } from './legend';
import { drawNode, drawOrg, measureNode, measureOrg, type MeasuredNode } from './nodes';
import { placeNodes, type NodeRequest, type PlacedMap } from './placement';
import { bandEdges, drawBands, ringLabels } from './rings';

const LEGEND_GAP = 14;
const MARK = 9;

interface Ring {
  name: string;
  partners: Partner[];
}

/** Tiers inside out (then "No tier"), each with its partners by name: the order a reader sees. */
function ringsOf(ctx: LayoutContext): Ring[] {
  const { tiers, partners } = ctx.bundle;
  const ordered = [...tiers].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  const byName = (a: Partner, b: Partner) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1);
  const rings = ordered.map((t) => ({ name: t.name, partners: partners.filter((p) => p.tierId === t.id).sort(byName) }));
  const known = new Set(ordered.map((t) => t.id));
  const untiered = partners.filter((p) => p.tierId === null || !known.has(p.tierId)).sort(byName);
  if (untiered.length) rings.push({ name: 'No tier', partners: untiered });
  return rings;
}

/** The map and its legend side by side on wide pages, the legend under the map on tall ones. */
function split(ctx: LayoutContext, area: Box, keyed: KeyedLabel[], rings: string[]): { map: Box; legend: Box; columns: number } {
  if (area.w > area.h * 1.2) {
    // A side legend takes a second column when the numbered labels need it.
    const columns = legendHeight(ctx, keyed, rings, 1, LEGEND_COLUMN) <= area.h ? 1 : 2;
    const w = columns * LEGEND_COLUMN + (columns - 1) * LEGEND_GAP;
    return { map: { ...area, w: area.w - w - LEGEND_GAP }, legend: { x: area.x + area.w - w, y: area.y, w, h: area.h }, columns };
  }
  const columns = Math.max(2, Math.floor(area.w / (LEGEND_COLUMN + LEGEND_GAP)));
  const width = (area.w - LEGEND_GAP * (columns - 1)) / columns;
  const h = legendHeight(ctx, keyed, rings, columns, width);
  return { map: { ...area, h: area.h - h - LEGEND_GAP }, legend: { x: area.x, y: area.y + area.h - h, w: area.w, h }, columns };
}

function nameOf(ctx: LayoutContext, id: string): string {
  if (id === ctx.bundle.workshop.id) return ctx.bundle.workshop.organisation || ctx.bundle.workshop.title;
  return ctx.bundle.partners.find((p) => p.id === id)?.name ?? '';
}

function sortedEdges(ctx: LayoutContext) {
  return [...ctx.bundle.edges].sort((a, b) => nameOf(ctx, a.from).localeCompare(nameOf(ctx, b.from)) || nameOf(ctx, a.to).localeCompare(nameOf(ctx, b.to)) || a.label.localeCompare(b.label) || a.kind.localeCompare(b.kind) || (a.id < b.id ? -1 : 1));
}

interface Attempt {
  placed: PlacedMap;
  measured: Map<string, MeasuredNode>;
  org: Box;
}

function attempt(ctx: LayoutContext, rings: Ring[], box: Box, marksOnly: boolean): Attempt | null {
  const measured = new Map<string, MeasuredNode>();
  // Marks are spread as if they were larger, so the overview reads as rings rather than a cluster.
  const count = rings.reduce((n, r) => n + r.partners.length, 0);
  const spacing = Math.max(MARK, Math.min(30, Math.sqrt((box.w * box.h * 0.12) / Math.max(1, count))));
  const requests: NodeRequest[] = rings.flatMap((ring, band) =>
    ring.partners.map((p) => {
      const m = marksOnly ? { lines: [], w: spacing, h: spacing, score: null, scoreW: 0 } : measureNode(ctx, p);
      measured.set(p.id, m);
      return { id: p.id, band, type: p.type, key: p.name.toLocaleLowerCase('en'), w: m.w, h: m.h };
    }),
  );
  const org = measureOrg(ctx);
  // Airy first (room for edge labels between the boxes), tighter only when the partners need it.
  for (const spread of [2.4, 1.8, 1.35, 1]) {
    const loose = requests.map((r) => ({ ...r, w: r.w + (spread - 1) * 40, h: r.h * spread }));
    // A ring on a page of its own sits halfway out, so its partners spread around it.
    const placed = placeNodes(loose, rings.length, box, { w: org.w + (spread - 1) * 40, h: org.h * spread }, rings.length === 1 ? 0.45 : 0);
    if (!placed) continue;
    for (const r of requests) {
      const b = placed.nodes.get(r.id) as Box;
      placed.nodes.set(r.id, { x: b.x + (b.w - r.w) / 2, y: b.y + (b.h - r.h) / 2, w: r.w, h: r.h });
    }
    return { placed, measured, org: { x: placed.centre.x - org.w / 2, y: placed.centre.y - org.h / 2, w: org.w, h: org.h } };
  }
  return null;
}

function withOrg(ctx: LayoutContext, tried: Attempt): Map<string, Box> {
  const boxes = new Map(tried.placed.nodes);
  boxes.set(ctx.bundle.workshop.id, tried.org);
  return boxes;
}

function markItems(partner: Partner, box: Box): Primitive[] {
  const g = shapeGeometry(TYPE_MARKS[partner.type].shape, box.x + box.w / 2, box.y + box.h / 2, MARK + 1);
  return [g.kind === 'circle' ? { kind: 'circle', cx: g.cx, cy: g.cy, r: g.r, fill: TYPE_COLOR[partner.type] } : { kind: 'polygon', points: g.points, fill: TYPE_COLOR[partner.type] }];
}

/** One map page: bands, ring names, edges with their labels, nodes, the organisation, and the legend. */
/** Labels numbered on split map pages that had no room for a legend: listed together on one page at the end. */
interface SharedKeys {
  keyed: KeyedLabel[];
}

function mapPage(ctx: LayoutContext, title: string, rings: Ring[], marksOnly: boolean, notes: string[] = [], shared: SharedKeys | null = null): LaidOutPage[] | null {
  const firstKey = (shared?.keyed.length ?? 0) + 1;
  const area = contentBox(ctx.size);
  const top = notes.length * 11;
  const body = { ...area, y: area.y + top, h: area.h - top };
  const ringNames = rings.map((r) => r.name);
  // The legend beside or under the map, sized for the labels that end up numbered (settled in a few rounds);
  // when the map needs the whole page, the legend follows on its own page.
  let keyed: KeyedLabel[] = [];
  let layout: { map: Box; legend: Box | null; columns: number } = split(ctx, body, keyed, ringNames);
  let tried: Attempt | null = null;
  for (let round = 0; round < 3; round += 1) {
    layout = split(ctx, body, keyed, ringNames);
    tried = attempt(ctx, rings, layout.map, marksOnly);
    if (!tried) break;
    const probe = drawEdges(ctx, sortedEdges(ctx), withOrg(ctx, tried), [tried.org, ...tried.placed.nodes.values()], layout.map, (id) => nameOf(ctx, id), !marksOnly, firstKey);
    if (probe.keyed.length <= keyed.length) break;
    keyed = probe.keyed;
  }
  if (!tried) {
    layout = { map: body, legend: null, columns: 1 };
    tried = attempt(ctx, rings, body, marksOnly);
  }
  if (!tried) return null;
  const { placed, measured, org } = tried;
  const page = newPage(ctx.size);
  const { bundle, options: exportOptions } = ctx;
  page.items.push(...header(ctx, title, [bundle.workshop.title, bundle.workshop.date || exportOptions.date].join('  ·  ')));
  notes.forEach((note, i) => page.items.push(...label(ctx.metrics, note, area.x, area.y + 8 + i * 11, { size: 8, color: INK.text2, maxWidth: area.w })));
  const edgesAt = bandEdges(placed, layout.map);
  page.items.push(...drawBands(placed, edgesAt));
  const nodeBoxes = [org, ...placed.nodes.values()];
  const rl = ringLabels(ctx, placed, edgesAt, ringNames, nodeBoxes, layout.map);
  const boxes = withOrg(ctx, tried);
  // The overview shows how partners connect; the labels are on the ring pages.
  const edges = drawEdges(ctx, sortedEdges(ctx), boxes, [...nodeBoxes, ...rl.boxes], layout.map, (id) => nameOf(ctx, id), !marksOnly, firstKey);
  page.items.push(...rl.items, ...edges.lines);
  page.items.push(...drawOrg(org, measureOrg(ctx).lines));
  for (const partner of rings.flatMap((r) => r.partners)) {
    const box = placed.nodes.get(partner.id);
    const m = measured.get(partner.id);
    if (box && m) page.items.push(...(marksOnly ? markItems(partner, box) : drawNode(ctx, partner, box, m)));
  }
  page.items.push(...edges.labels);
  const pages = [page];
  if (layout.legend) {
    // Numbered labels join a side legend when they fit there, else they get pages of their own.
    const width = (layout.legend.w - LEGEND_GAP * (layout.columns - 1)) / layout.columns;
    const keysFit = legendHeight(ctx, edges.keyed, ringNames, layout.columns, width) <= layout.legend.h + 0.5;
    page.items.push(...drawLegend(ctx, keysFit ? edges.keyed : [], ringNames, layout.legend, layout.columns));
    if (!keysFit && edges.keyed.length) {
      if (shared) shared.keyed.push(...edges.keyed);
      else pages.push(...keyPages(ctx, title, edges.keyed, null));
    }
  } else if (shared) {
    shared.keyed.push(...edges.keyed);
    const where = edges.keyed.length ? 'Legend on the overview page; numbered labels on the last map page.' : 'Legend on the overview page.';
    page.items.push(...label(ctx.metrics, where, area.x + area.w, area.y + area.h + 8, { size: 7.5, color: INK.text3, align: 'right' }));
  } else pages.push(...keyPages(ctx, title, edges.keyed, ringNames));
  return pages;
}

/** Labels that did not fit on their edges, numbered as on the map, on pages of their own. */
function keyPages(ctx: LayoutContext, title: string, keyed: KeyedLabel[], rings: string[] | null): LaidOutPage[] {
  const area = contentBox(ctx.size);
  const pages: LaidOutPage[] = [];
  const columns = Math.max(1, Math.floor((area.w + LEGEND_GAP) / (220 + LEGEND_GAP)));
  const width = (area.w - LEGEND_GAP * (columns - 1)) / columns;
  let rest = keyed;
  let blocks = rings;
  while (rest.length || blocks) {
    let count = rest.length;
    while (count > 1 && legendHeight(ctx, rest.slice(0, count), blocks, columns, width) > area.h) count = Math.floor(count * 0.8);
    const page = newPage(ctx.size);
    page.items.push(...header(ctx, `${title} — ${blocks ? 'legend' : 'labels by number'}`, ctx.bundle.workshop.title));
    page.items.push(...drawLegend(ctx, rest.slice(0, count), blocks, area, columns));
    pages.push(page);
    rest = rest.slice(count);
    blocks = null;
  }
  return pages;
}

/** The map pages and their outline entries (page numbers relative to the first map page). */
export function layoutMapPages(ctx: LayoutContext): { pages: LaidOutPage[]; entry: OutlineEntry } {
  const rings = ringsOf(ctx);
  const title = 'Ecosystem tier map';
  if (ctx.bundle.partners.length === 0) {
    const page = newPage(ctx.size);
    const box = contentBox(ctx.size);
    page.items.push(...header(ctx, title, ctx.bundle.workshop.title));
    page.items.push(...label(ctx.metrics, 'No partners yet: add partners to see them on the map.', box.x, box.y + 20, { size: 11, color: INK.text2 }));
    return { pages: [page], entry: { title, page: 0 } };
  }
  const whole = mapPage(ctx, title, rings, false);
  if (whole) return { pages: whole, entry: { title, page: 0 } };
  // Too dense for one page: an overview, then each ring (by type, or in parts, when a ring alone is too dense).
  const pages: LaidOutPage[] = [];
  const children: OutlineEntry[] = [];
  const shared: SharedKeys = { keyed: [] };
  const overview = mapPage(ctx, `${title} — overview`, rings, true, ['Every partner as its type’s mark; the following pages name them ring by ring.']) ?? [];
  pages.push(...overview);
  children.push({ title: 'Overview', page: 0 });
  rings.forEach((ring, i) => {
    if (ring.partners.length === 0) return;
    const ringTitle = `${title} — ring ${i + 1}: ${ring.name}`;
    const one = mapPage(ctx, ringTitle, [ring], false, [], shared);
    if (one) {
      children.push({ title: `${i + 1}. ${ring.name}`, page: pages.length });
      pages.push(...one);
      return;
    }
    for (const type of ['channel', 'technology', 'innovation'] as const) {
      const ofType = ring.partners.filter((p) => p.type === type);
      for (let size = ofType.length, start = 0; start < ofType.length; ) {
        const part = ofType.slice(start, start + size);
        const suffix = size < ofType.length ? ` (${start + 1}–${start + part.length} of ${ofType.length})` : '';
        const paged = mapPage(ctx, `${ringTitle} · ${PARTNER_TYPE_LABELS[type]}${suffix}`, [{ name: ring.name, partners: part }], false, [], shared);
        if (!paged && size > 1) {
          size = Math.ceil(size * 0.7);
          continue;
        }
        children.push({ title: `${i + 1}. ${ring.name} · ${PARTNER_TYPE_LABELS[type]}${suffix}`, page: pages.length });
        pages.push(...(paged ?? []));
        start += part.length;
      }
    }
  });
  // The overview carries the legend; a last page lists the labels numbered on the ring pages, if any.
  if (shared.keyed.length) {
    children.push({ title: 'Labels by number', page: pages.length });
    pages.push(...keyPages(ctx, title, shared.keyed, null));
  }
  return { pages, entry: { title, page: 0, children } };
}
