import { create } from 'zustand';
import type { CanvasField } from '../../domain';
import type { RosterParticipant } from '../../live/roster';

/**
 * idle: no session. starting / ending: on the way. running: this window runs the session (it merges).
 * elsewhere: the session runs in another window of the app, which merges; this one only shows it.
 */
export type LivePhase = 'idle' | 'starting' | 'running' | 'ending' | 'elsewhere';

export interface LiveSessionView {
  phase: LivePhase;
  sessionId: string | null;
  workshopId: string | null;
  canvasId: string | null;
  code: string;
  joinUrl: string;
  /** The address in the join link, and the others the facilitator may pick. */
  host: string;
  addresses: string[];
  named: boolean;
  participants: RosterParticipant[];
  /** The facilitator's own connection to the live server. */
  link: 'connected' | 'reconnecting';
  panelOpen: boolean;
  error: string | null;
  /** Lock board: participants can't add or change notes (refused at the merge too). */
  locked: boolean;
  /** Bring everyone here: the field participants' devices scroll to and highlight (`at` tells a new request). */
  focus: { field: CanvasField; at: number } | null;
  /** The names participants gave themselves later (Rename on their device), by participant. */
  profileNames: Readonly<Record<string, string>>;
  /** Who is typing a note now, and in which field, by participant (their presence; never their draft). */
  typing: Readonly<Record<string, CanvasField>>;
}

export const IDLE: LiveSessionView = {
  phase: 'idle',
  sessionId: null,
  workshopId: null,
  canvasId: null,
  code: '',
  joinUrl: '',
  host: '',
  addresses: [],
  named: true,
  participants: [],
  link: 'reconnecting',
  panelOpen: false,
  error: null,
  locked: false,
  focus: null,
  profileNames: {},
  typing: {},
};

export const useLiveSession = create<LiveSessionView>(() => IDLE);

/** A live session runs from this window on this canvas: participants vote and write on their own devices. */
export function useLiveOnCanvas(canvasId: string): boolean {
  return useLiveSession((s) => s.phase === 'running' && s.canvasId === canvasId);
}

export function setLivePanelOpen(panelOpen: boolean): void {
  useLiveSession.setState({ panelOpen });
}

export function setBoardLocked(locked: boolean): void {
  useLiveSession.setState({ locked });
}

/** Brings every participant's device to this field. */
export function bringEveryoneTo(field: CanvasField): void {
  useLiveSession.setState({ focus: { field, at: Date.now() } });
}
