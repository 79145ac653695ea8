export const APP_SCHEME = 'app';
export const APP_HOST = 'partnerscape';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Decides which URLs belong to the app: app://partnerscape/… always, plus the dev server origin in development. */
export function createOriginPolicy(devServerUrl?: string) {
  const devOrigin = devServerUrl ? safeUrl(devServerUrl)?.origin : undefined;
  return {
    entryUrl: devServerUrl ?? APP_ENTRY_URL,
    isAppUrl(url: string): boolean {
      const parsed = safeUrl(url);
      if (!parsed) return false;
      if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
      return devOrigin !== undefined && devOrigin !== 'null' && parsed.origin === devOrigin;
    },
  };
}

export type OriginPolicy = ReturnType<typeof createOriginPolicy>;

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
