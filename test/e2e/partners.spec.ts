import type { Page } from '@playwright/test';
import { expect, openExample, test, waitForSaved } from './fixtures';

async function openPartners(page: Page) {
  await openExample(page);
  await page.getByRole('link', { name: 'Partners' }).click();
  await expect(page.getByRole('heading', { name: 'Partner portfolio' })).toBeVisible();
}

const table = (page: Page) => page.getByRole('table', { name: 'Partners' });
const row = (page: Page, name: string) => table(page).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
const bodyRows = (page: Page) => table(page).locator('tbody tr:not([aria-hidden])');

test('add a partner with validation, then edit it', async ({ page }) => {
  await openPartners(page);
  await expect(page.getByRole('button', { name: 'Add partner' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Add partner' }).click();
  await page.getByRole('button', { name: 'Save partner' }).click();
  await expect(page.getByText('Give the partner a name.')).toBeVisible();
  await page.getByLabel('Name').fill('Łódź Systems 会社');
  await page.getByLabel('Type').selectOption('Technology');
  await page.getByLabel('Tier').selectOption('Core');
  await page.getByLabel('Strategic alignment').fill('7');
  await page.getByLabel('Execution capability').fill('4');
  await page.getByLabel('Cultural fit').fill('5');
  await page.getByRole('button', { name: 'Save partner' }).click();
  await expect(page.getByText('A whole number from 1 to 5.')).toBeVisible();
  await page.getByLabel('Strategic alignment').fill('4');
  await page.getByRole('button', { name: 'Save partner' }).click();

  const added = row(page, 'Łódź Systems 会社');
  await expect(added).toContainText('Technology');
  await expect(added).toContainText('Core');
  await expect(added).toContainText('Platform differentiation');
  await expect(added).toContainText('4.2');

  await page.getByRole('button', { name: 'Edit Łódź Systems 会社' }).click();
  await expect(page.getByLabel('Name')).toHaveValue('Łódź Systems 会社');
  await page.getByLabel('Name').fill('Łódź Systems');
  await page.getByLabel('Cultural fit').fill('1');
  await page.getByRole('button', { name: 'Save partner' }).click();
  await expect(row(page, 'Łódź Systems')).toContainText('3.3');
  await expect(page.getByRole('link', { name: 'Łódź Systems 会社' })).toHaveCount(0);
});

test('filter, search and sort the partner table', async ({ page }) => {
  await openPartners(page);
  await expect(bodyRows(page)).toHaveCount(12);
  await page.getByLabel('Filter by type').selectOption('Innovation');
  await expect(bodyRows(page)).toHaveCount(3);
  await page.getByLabel('Filter by status').selectOption('Prospect');
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(row(page, 'Fjord Robotics')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Filter by tier').selectOption('Strategic');
  await expect(bodyRows(page)).toHaveCount(3);
  await page.getByLabel('Filter by tier').selectOption('All tiers');
  await page.getByRole('searchbox', { name: 'Search partners' }).fill('wis');
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(row(page, 'Wisła Data Group')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search partners' }).fill('zzz');
  await expect(page.getByText('No partner matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();

  const scoreHeader = page.getByRole('columnheader', { name: /Total score/ });
  await scoreHeader.getByRole('button').click();
  await expect(scoreHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(bodyRows(page).first()).toContainText('Helix CRM');
  await scoreHeader.getByRole('button').click();
  await expect(scoreHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(bodyRows(page).first()).toContainText('Pinnacle Events');
});

test('delete a partner shows what refers to it, and undo restores all of it', async ({ page }) => {
  await openPartners(page);
  await page.getByRole('button', { name: 'Delete Helix CRM' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Helix CRM”?' });
  await expect(dialog).toContainText('1 canvas (“Helix CRM partnership”) will be kept, no longer linked to a partner.');
  await expect(dialog).toContainText('2 connections on the ecosystem map will be removed.');
  await expect(dialog).toContainText('1 insight will be kept');
  await dialog.getByRole('button', { name: 'Delete partner' }).click();
  await expect(row(page, 'Helix CRM')).toHaveCount(0);
  await expect(bodyRows(page)).toHaveCount(11);

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(row(page, 'Helix CRM')).toBeVisible();
  await waitForSaved(page);
  await page.reload();
  await page.getByRole('link', { name: 'Helix CRM', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Helix CRM', level: 2 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Canvases' }).getByRole('link', { name: 'Helix CRM partnership' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Map connections' }).getByRole('listitem')).toHaveCount(2);
});

test('edit tiers: rename, add, shares over 100 %, reorder, delete with reassignment', async ({ page }) => {
  await openPartners(page);
  await page.getByRole('tab', { name: 'Tiers' }).click();
  await expect(page.getByText('Resource shares add up to 100 %')).toBeVisible();
  await page.getByLabel('Name of tier 2').fill('Growth');
  await page.getByLabel('Name of tier 2').press('Enter');
  await page.getByLabel('New tier').fill('Emerging');
  await page.getByRole('button', { name: 'Add tier' }).click();
  await expect(page.getByLabel('Name of tier 4')).toHaveValue('Emerging');
  await page.getByLabel('Share of resources for Emerging (%)').fill('20');
  await page.getByLabel('Share of resources for Emerging (%)').press('Enter');
  await expect(page.getByText(/add up to 120 % — over 100 % by 20 points/)).toBeVisible();
  await page.getByLabel('New success criterion for Emerging').fill('First joint deal in 6 months');
  await page.getByRole('button', { name: 'Add criterion to Emerging' }).click();
  await expect(page.getByLabel('Success criterion 1 for Emerging')).toHaveValue('First joint deal in 6 months');
  await page.getByRole('button', { name: 'Move Emerging up' }).click();
  await expect(page.getByLabel('Name of tier 3')).toHaveValue('Emerging');

  await page.getByRole('button', { name: 'Delete tier Growth' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the tier “Growth”?' });
  await expect(dialog).toContainText('5 partners are in this tier.');
  await dialog.getByLabel('Move its partners to').selectOption('Emerging');
  await dialog.getByRole('button', { name: 'Delete tier' }).click();
  await expect(page.getByLabel('Name of tier 2')).toHaveValue('Emerging');
  await expect(page.getByText('5 partners')).toBeVisible();

  await page.getByRole('tab', { name: 'Partner list' }).click();
  await expect(row(page, 'Stratus Cloud')).toContainText('Emerging');
  await page.getByLabel('Filter by tier').selectOption('Emerging');
  await expect(bodyRows(page)).toHaveCount(5);
});

test('a partner that serves no objective is flagged as noise, also after a reload', async ({ page }) => {
  await openPartners(page);
  await expect(row(page, 'Pinnacle Events')).toContainText('Noise — cut or renegotiate');
  await expect(row(page, 'Helix CRM')).not.toContainText('Noise');
  await page.getByRole('button', { name: 'Add partner' }).click();
  await page.getByLabel('Name').fill('Nebula Swag Co');
  await page.getByLabel('Objective served').selectOption('None');
  await page.getByLabel('Strategic alignment').fill('5');
  await page.getByLabel('Execution capability').fill('5');
  await page.getByLabel('Cultural fit').fill('5');
  await page.getByRole('button', { name: 'Save partner' }).click();
  await expect(row(page, 'Nebula Swag Co')).toContainText('Noise — cut or renegotiate');
  await waitForSaved(page);
  await page.reload();
  await expect(row(page, 'Nebula Swag Co')).toContainText('Noise — cut or renegotiate');
  await page.getByLabel('Only noise').check();
  await expect(bodyRows(page)).toHaveCount(3);
  await page.getByRole('link', { name: 'Nebula Swag Co' }).click();
  await expect(page.getByText('Noise: this partner serves no objective.')).toBeVisible();
});

test('the fit matrix opens a partner page, and the scorecard weights change the flags', async ({ page }) => {
  await openPartners(page);
  await page.getByRole('tab', { name: 'Fit matrix' }).click();
  await page.getByRole('link', { name: /^Kestrel Analytics:/ }).click();
  await expect(page.getByRole('heading', { name: 'Kestrel Analytics', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'All partners' }).click();
  await page.getByRole('tab', { name: 'Objectives and scorecard' }).click();
  await expect(page.getByText(/The partner mix is in line with the objectives/)).toBeVisible();
  await page.getByLabel('Noise threshold').fill('3.5');
  await page.getByLabel('Noise threshold').press('Enter');
  await page.getByRole('tab', { name: 'Partner list' }).click();
  await expect(row(page, 'Tandem Referral Network')).toContainText('Noise — cut or renegotiate');
});
