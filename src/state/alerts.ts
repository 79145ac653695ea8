import { create } from 'zustand';

export interface Alert {
  title: string;
  message: string;
  details: string[];
}

export const useAlert = create<{ alert: Alert | null }>(() => ({ alert: null }));

/** A message that needs reading (what went wrong, and where), shown until dismissed. */
export function showAlert(alert: Alert): void {
  useAlert.setState({ alert });
}

export function dismissAlert(): void {
  useAlert.setState({ alert: null });
}
