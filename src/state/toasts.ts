import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
}

interface ToastState {
  toasts: Toast[];
}

export const useToasts = create<ToastState>(() => ({ toasts: [] }));

let nextId = 1;
const TOAST_MS = 8000;

export function showToast(toast: Omit<Toast, 'id'>, durationMs: number = TOAST_MS): number {
  const id = nextId++;
  useToasts.setState((s) => ({ toasts: [...s.toasts.slice(-3), { ...toast, id }] }));
  if (durationMs > 0) setTimeout(() => dismissToast(id), durationMs);
  return id;
}

export function dismissToast(id: number): void {
  useToasts.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

/** An Undo offered on one screen means nothing on the next: leaving the screen withdraws it (Ctrl+Z still works). */
export function dismissActionToasts(): void {
  useToasts.setState((s) => ({ toasts: s.toasts.filter((t) => !t.action) }));
}
