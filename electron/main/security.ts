import type { Event, Session, WebContents } from 'electron';
import type { OriginPolicy } from './origin';

/** Blocks pop-ups, <webview>, and navigation or redirects away from the app's own origin. */
export function hardenWebContents(contents: WebContents, policy: OriginPolicy): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const guard = (event: Event, url: string) => {
    if (!policy.isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => guard(event, url));
  contents.on('will-redirect', (event, url) => guard(event, url));
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The presentation view goes full screen and copy writes plain text; nothing else is ever granted. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['fullscreen', 'clipboard-sanitized-write']);

/** Camera, notifications, geolocation and the rest are refused; the two above only for the app's own pages. */
export function hardenSession(session: Session, policy: OriginPolicy): void {
  const allowed = (permission: string, url: string | undefined) => ALLOWED_PERMISSIONS.has(permission) && Boolean(url) && policy.isAppUrl(url as string);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(allowed(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
}
