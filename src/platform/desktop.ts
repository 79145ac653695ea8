import type { PartnerscapeApi } from '../../electron/shared/ipc';
import type { Platform } from './types';

export function desktopPlatform(api: PartnerscapeApi): Platform {
  return {
    kind: 'desktop',
    saveFile: (suggestedName, data, filters) => api.saveFile({ suggestedName, data, filters }),
    openFile: (filters) => api.openFile({ filters }),
    appInfo: () => api.appInfo(),
    backups: {
      write: (workshopId, text) => api.backups.write({ workshopId, text }),
      list: (workshopId) => api.backups.list({ workshopId }),
      read: (workshopId, file) => api.backups.read({ workshopId, file }),
    },
    live: api.live,
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onOpenedFile: (listener) => api.onOpenedFile(listener),
  };
}
