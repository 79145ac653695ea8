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

/** The app needs no browser permission: camera, notifications, geolocation and the rest are all refused. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
