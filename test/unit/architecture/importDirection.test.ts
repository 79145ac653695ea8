import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** docs/ARCHITECTURE.md, "Layers and import rules", enforced by eslint.config.js: these imports must be refused, those allowed. */
describe('import direction', { timeout: 60_000 }, () => {
  it.each([
    ['src/domain/probe.ts', "import Dexie from 'dexie';"],
    ['src/domain/probe.ts', "import { create } from 'zustand';"],
    ['src/domain/probe.ts', "import { useState } from 'react';"],
    ['src/domain/probe.ts', "import { storage } from '../storage';"],
    ['src/domain/probe.ts', "import { layoutReport } from '../pdf/report';"],
    ['src/storage/probe.ts', "import { useWorkshopStore } from '../state/workshopStore';"],
    ['src/state/probe.ts', "import { HomeScreen } from '../features/home/HomeScreen';"],
    ['src/ui/probe.ts', "import { useEntities } from '../state/selectors';"],
    ['src/features/home/probe.ts', "import { storage } from '../../storage';"],
    ['src/features/home/probe.ts', "import { jsPDF } from 'jspdf';"],
    ['src/features/home/probe.ts', "import { readFileSync } from 'node:fs';"],
    ['src/features/home/probe.ts', "import { ipcRenderer } from 'electron';"],
    ['src/pdf/probe.ts', "import { jsPDF } from 'jspdf';"],
    ['src/pdf/probe.ts', "import { useEntities } from '../state/selectors';"],
    ['src/live/probe.ts', "import { useState } from 'react';"],
    ['src/live/probe.ts', "import { useWorkshopStore } from '../state/workshopStore';"],
    ['src/participant/probe.ts', "import { useWorkshopStore } from '../state/workshopStore';"],
    ['src/participant/probe.ts', "import { CanvasSection } from '../features/canvas/CanvasSection';"],
    ['src/participant/probe.ts', "import { storage } from '../storage';"],
    ['src/participant/probe.ts', "import { z } from 'zod';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await violations(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['src/features/home/probe.ts', "import { useEntities } from '../../state/selectors';"],
    ['src/state/probe.ts', "import { storage } from '../storage';"],
    ['src/state/probe.ts', "import { platform } from '../platform';"],
    ['src/storage/probe.ts', "import { restoreBundle } from '../domain';"],
    ['src/pdf/draw.ts', "import { jsPDF } from 'jspdf';"],
    ['src/platform/probe.ts', "import type { PartnerscapeApi } from '../../electron/shared/ipc';"],
    ['src/live/probe.ts', "import * as Y from 'yjs';"],
    ['src/participant/probe.ts', "import { readBoard } from '../live/board';"],
    ['src/participant/probe.ts', "import { iconBase } from '../ui/icons';"],
  ])('%s may: %s', async (file, code) => {
    expect(await violations(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
