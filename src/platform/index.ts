import { API_KEY, type PartnerscapeApi } from '../../electron/shared/ipc';
import { browserPlatform } from './browser';
import { desktopPlatform } from './desktop';
import type { Platform } from './types';

export type { BackupEntry, LiveStartRequest, LiveStartResult, LiveStatus, Platform } from './types';
export { LiveUnavailableError } from './types';

let current: Platform | undefined;

/** The desktop bridge when the preload API is there, else the browser fallback. */
export function platform(): Platform {
  if (!current) {
    const api = (window as unknown as Record<string, PartnerscapeApi | undefined>)[API_KEY];
    current = api ? desktopPlatform(api) : browserPlatform();
  }
  return current;
}
