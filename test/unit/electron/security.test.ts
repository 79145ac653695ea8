// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createOriginPolicy } from '../../../electron/main/origin';
import { hardenSession, hardenWebContents } from '../../../electron/main/security';
import { fakeSession, fakeWebContents, preventable } from './fakes';

function hardened(devUrl?: string) {
  const fake = fakeWebContents();
  hardenWebContents(fake.contents, createOriginPolicy(devUrl));
  return fake;
}

describe('hardenWebContents', () => {
  it('denies every window.open', () => {
    const fake = hardened();
    expect(fake.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.openWindow('app://partnerscape/index.html')).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-redirect'])('%s prevents leaving the app origin', (event) => {
    const fake = hardened();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'http://localhost:5173/']) {
      const e = preventable();
      fake.emit(event, e, url);
      expect(e.defaultPrevented, url).toBe(true);
    }
    const same = preventable();
    fake.emit(event, same, 'app://partnerscape/index.html#/w/1');
    expect(same.defaultPrevented).toBe(false);
  });

  it('prevents frame navigation to another origin', () => {
    const fake = hardened();
    const e = Object.assign(preventable(), { url: 'https://evil.example/' });
    fake.emit('will-frame-navigate', e);
    expect(e.defaultPrevented).toBe(true);
  });

  it('allows the dev server origin only in development', () => {
    const fake = hardened('http://localhost:5173');
    const e = preventable();
    fake.emit('will-navigate', e, 'http://localhost:5173/other');
    expect(e.defaultPrevented).toBe(false);
  });

  it('prevents attaching a <webview>', () => {
    const fake = hardened();
    const e = preventable();
    fake.emit('will-attach-webview', e, {}, {});
    expect(e.defaultPrevented).toBe(true);
  });
});

describe('hardenSession', () => {
  const policy = { isAppUrl: (url: string) => url.startsWith('app://partnerscape') } as Parameters<typeof hardenSession>[1];

  it('denies every other permission request and check, even for the app', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session, policy);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'midi']) {
      const callback = vi.fn();
      handlers.request?.({}, permission, callback, { requestingUrl: 'app://partnerscape/index.html' });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(handlers.check?.({}, permission, 'app://partnerscape', {})).toBe(false);
    }
    expect(handlers.device?.({ deviceType: 'usb' })).toBe(false);
  });

  it('grants full screen and plain-text copy to the app only', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session, policy);
    for (const permission of ['fullscreen', 'clipboard-sanitized-write']) {
      const ours = vi.fn();
      handlers.request?.({}, permission, ours, { requestingUrl: 'app://partnerscape/index.html' });
      expect(ours).toHaveBeenCalledExactlyOnceWith(true);
      const theirs = vi.fn();
      handlers.request?.({}, permission, theirs, { requestingUrl: 'https://evil.example/' });
      expect(theirs).toHaveBeenCalledExactlyOnceWith(false);
      expect(handlers.check?.({}, permission, 'https://evil.example', {})).toBe(false);
      expect(handlers.check?.({}, permission, 'app://partnerscape', {})).toBe(true);
    }
  });
});
