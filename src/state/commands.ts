import { platform, type Platform } from '../platform';

export type AppCommand = Parameters<Parameters<Platform['onMenuCommand']>[0]>[0];

/** Native menu commands (desktop) reach the app here; returns an unsubscribe function. */
export function onAppCommand(listener: (command: AppCommand) => void): () => void {
  return platform().onMenuCommand(listener);
}

export function onOpenedFile(listener: (file: { name: string; text: string }) => void): () => void {
  return platform().onOpenedFile(listener);
}
