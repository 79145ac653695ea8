import type { Session, WebContents } from 'electron';

type Listener = (...args: unknown[]) => unknown;

export function preventable() {
  let prevented = false;
  return {
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

/** Just enough of WebContents to record what hardening installs. */
export function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: Listener | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: Listener) {
      windowOpenHandler = handler;
    },
  };
  return {
    contents: contents as unknown as WebContents,
    emit(event: string, ...args: unknown[]) {
      for (const listener of listeners.get(event) ?? []) listener(...args);
    },
    openWindow(url: string) {
      return windowOpenHandler?.({ url });
    },
  };
}

export function fakeSession() {
  const handlers: Record<string, Listener | null> = {};
  const session = {
    setPermissionRequestHandler: (h: Listener | null) => (handlers.request = h),
    setPermissionCheckHandler: (h: Listener | null) => (handlers.check = h),
    setDevicePermissionHandler: (h: Listener | null) => (handlers.device = h),
  };
  return { session: session as unknown as Session, handlers };
}
