import { readFile } from 'node:fs/promises';
import { expect, openExample, test } from './fixtures';

test('export the ecosystem map as a JSON Canvas file', async ({ page }) => {
  await openExample(page);
  await page.getByRole('link', { name: 'Partners' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export for Obsidian (JSON Canvas)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Northwind ecosystem workshop-map-\d{4}-\d{2}-\d{2}\.canvas$/);
  const canvas = JSON.parse(await readFile((await file.path())!, 'utf8')) as {
    nodes: { id: string; type: string; label?: string; text?: string; partnerscape: { kind: string; partnerId?: string } }[];
    edges: { fromNode: string; toNode: string; label: string }[];
  };
  expect(canvas.nodes.filter((n) => n.type === 'group').map((n) => n.label)).toEqual(['Transactional', 'Core', 'Strategic']);
  const partners = canvas.nodes.filter((n) => n.partnerscape.kind === 'partner');
  expect(partners).toHaveLength(12);
  expect(partners.find((n) => n.text?.startsWith('**Helix CRM**'))?.partnerscape.partnerId).toBeTruthy();
  const ids = new Set(canvas.nodes.map((n) => n.id));
  expect(canvas.edges.length).toBeGreaterThan(0);
  for (const edge of canvas.edges) expect(ids.has(edge.fromNode) && ids.has(edge.toNode) && edge.label.length > 0).toBe(true);
  await expect(page.getByText('Exported the ecosystem map of “Northwind ecosystem workshop” as JSON Canvas.')).toBeVisible();
});

test('the map toolbar exports the same JSON Canvas', async ({ page }) => {
  await openExample(page);
  await page.getByRole('link', { name: 'Ecosystem map' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Export for Obsidian (JSON Canvas)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-map-\d{4}-\d{2}-\d{2}\.canvas$/);
  const canvas = JSON.parse(await readFile((await file.path())!, 'utf8')) as { nodes: unknown[]; edges: unknown[] };
  expect(canvas.nodes.length).toBe(16);
});
