/** Messages between the bench and its simulated participants' process (bench/live/clients.ts). */
export interface ClientsRequest {
  /** The live server's participant address, http://127.0.0.1:<port>. */
  base: string;
  code: string;
  count: number;
  notesEach: number;
  /** Pause before each note, uniform in [min, max] ms. */
  gapMs: [number, number];
  seed: number;
  /** Starts every note's text, so the bench finds them on the facilitator's canvas. */
  prefix: string;
  ackWithinMs: number;
}

export interface NoteTiming {
  key: string;
  text: string;
  /** Wall-clock ms when the participant wrote it. */
  at: number;
  /** When their device was told it reached the facilitator's canvas. */
  ackedAt?: number;
}

export interface ClientsReport {
  notes: NoteTiming[];
  rejoinMs: number[];
  outboxEntries: number;
}

export type ClientsToParent =
  | { type: 'ready' }
  | { type: 'written' }
  | { type: 'acked'; report: ClientsReport }
  | { type: 'rejoined'; rejoinMs: number[] }
  | { type: 'soaked'; report: ClientsReport; stats: { drops: number; sleeps: number; reloads: number }; converged: number }
  | { type: 'error'; message: string };
