import type { Browser } from '@playwright/test';
import type { Row, Target } from './report';

export interface BenchContext {
  browser: Browser;
  appUrl: string;
  baselineUrl: string;
  /** Partner counts for the map part. */
  sizes: number[];
  runs: number;
  outWeb: string;
  log: (line: string) => void;
}

export interface PartOutput {
  rows: Row[];
  targets: Target[];
  data: unknown;
}

/** Thrown when the UI a part needs is not in this build yet: the part is reported as not available. */
export class NotAvailable extends Error {}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const p50p95 = (s: { p50: number; p95: number }) => `p50 ${ms(s.p50)} / p95 ${ms(s.p95)}`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
