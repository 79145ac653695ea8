import { LIVE_CONTROL_PATH } from '../../electron/shared/live';
import { LiveUnavailableError, type Platform, type PlatformLive } from './types';

const MIME_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  canvas: 'application/json',
  partnerscape: 'application/json',
  json: 'application/json',
};

function mimeTypeOf(name: string): string {
  return MIME_TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

function accept(filters: { extensions: string[] }[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

const NO_SERVER = 'Live sessions need the desktop app or `npm run web`, which run the live server beside the app.';

/** The web version's live server, through the same-origin control endpoint of the server that serves the app. */
async function liveControl(action: 'start' | 'stop' | 'status', body?: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${LIVE_CONTROL_PATH}/${action}`, {
      method: body === undefined ? 'GET' : 'POST',
      cache: 'no-store',
      credentials: 'same-origin',
      ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
  } catch {
    throw new LiveUnavailableError("The app's server can't be reached.");
  }
  if (!(response.headers.get('content-type') ?? '').includes('application/json')) throw new LiveUnavailableError(NO_SERVER);
  const value = (await response.json()) as { error?: string } | null;
  if (!response.ok) throw new Error(value?.error ?? `The live server answered ${response.status}.`);
  return value;
}

export const browserLive: PlatformLive = {
  start: async (request) => (await liveControl('start', request)) as Awaited<ReturnType<PlatformLive['start']>>,
  stop: async () => void (await liveControl('stop', {})),
  status: async () => (await liveControl('status')) as Awaited<ReturnType<PlatformLive['status']>>,
};

/** The plain-browser bridge: downloads instead of a save dialog, a file picker instead of an open dialog. */
export function browserPlatform(doc: Document = document): Platform {
  return {
    kind: 'browser',
    async saveFile(suggestedName, data) {
      const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mimeTypeOf(suggestedName) });
      const url = URL.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.rel = 'noopener';
      doc.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { saved: true, path: suggestedName };
    },
    openFile(filters) {
      return new Promise((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = accept(filters);
        input.style.display = 'none';
        input.addEventListener('change', async () => {
          const file = input.files?.[0];
          input.remove();
          if (!file) return resolve({ opened: false });
          resolve({ opened: true, name: file.name, text: await file.text() });
        });
        input.addEventListener('cancel', () => {
          input.remove();
          resolve({ opened: false });
        });
        doc.body.append(input);
        input.click();
      });
    },
    async appInfo() {
      return { name: 'Partnerscape', version: __APP_VERSION__, electron: '', chrome: navigator.userAgent, platform: 'browser' };
    },
    backups: null,
    live: browserLive,
    onMenuCommand: () => () => undefined,
    onOpenedFile: () => () => undefined,
  };
}
