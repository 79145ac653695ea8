import type { PartnerscapeApi } from '../../electron/shared/ipc';
import type { Platform } from './types';

export function desktopPlatform(api: PartnerscapeApi): Platform {
  return {
    kind: 'desktop',
    saveFile: (suggestedName, data, filters) => api.saveFile({ suggestedName, data, filters }),
    openFile: (filters) => api.openFile({ filters }),
    appInfo: () => api.appInfo(),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onOpenedFile: (listener) => api.onOpenedFile(listener),
  };
}
