import { create } from 'zustand';
import { TIDY_ORDERS, type TidyOrder } from '../domain';

const LARGE_TEXT_KEY = 'partnerscape.canvas.largeText';
const TIDY_ORDER_KEY = 'partnerscape.canvas.tidyOrder';

function readFlag(key: string): boolean {
  try {
    return globalThis.localStorage?.getItem(key) === '1';
  } catch {
    return false;
  }
}

function readTidyOrder(): TidyOrder {
  try {
    const stored = globalThis.localStorage?.getItem(TIDY_ORDER_KEY);
    return (TIDY_ORDERS as readonly string[]).includes(stored ?? '') ? (stored as TidyOrder) : 'asTheyAre';
  } catch {
    return 'asTheyAre';
  }
}

function writeFlag(key: string, on: boolean): void {
  try {
    globalThis.localStorage?.setItem(key, on ? '1' : '0');
  } catch {
    // Storage refused (private mode, quota): the setting lasts until the window closes.
  }
}

/** How this device shows the canvas; kept per device, never in the workshop. */
interface CanvasViewState {
  /** Bigger note text for the back row. */
  largeText: boolean;
  /** The order Tidy field and Tidy canvas arrange notes in. */
  tidyOrder: TidyOrder;
}

export const useCanvasView = create<CanvasViewState>(() => ({ largeText: readFlag(LARGE_TEXT_KEY), tidyOrder: readTidyOrder() }));

export function setLargeText(largeText: boolean): void {
  writeFlag(LARGE_TEXT_KEY, largeText);
  useCanvasView.setState({ largeText });
}

export function setTidyOrder(tidyOrder: TidyOrder): void {
  try {
    globalThis.localStorage?.setItem(TIDY_ORDER_KEY, tidyOrder);
  } catch {
    // As above: kept for this window only.
  }
  useCanvasView.setState({ tidyOrder });
}
