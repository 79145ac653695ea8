import { create } from 'zustand';

const LARGE_TEXT_KEY = 'partnerscape.canvas.largeText';

function readFlag(key: string): boolean {
  try {
    return globalThis.localStorage?.getItem(key) === '1';
  } catch {
    return false;
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
}

export const useCanvasView = create<CanvasViewState>(() => ({ largeText: readFlag(LARGE_TEXT_KEY) }));

export function setLargeText(largeText: boolean): void {
  writeFlag(LARGE_TEXT_KEY, largeText);
  useCanvasView.setState({ largeText });
}
