import { create } from 'zustand';

const NOTICE_MS = 4000;

/** One short line over the board saying why something did not happen (a refused key, no votes left). */
export const useCanvasNotice = create<{ message: string; serial: number }>(() => ({ message: '', serial: 0 }));

let timer: ReturnType<typeof setTimeout> | undefined;

export function showCanvasNotice(message: string): void {
  clearTimeout(timer);
  useCanvasNotice.setState((s) => ({ message, serial: s.serial + 1 }));
  timer = setTimeout(clearCanvasNotice, NOTICE_MS);
}

export function clearCanvasNotice(): void {
  clearTimeout(timer);
  if (useCanvasNotice.getState().message) useCanvasNotice.setState({ message: '' });
}
