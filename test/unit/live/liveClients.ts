import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A WebSocket that sends a chosen Origin, as a browser on that page would. */
export function socketFrom(origin: string) {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { origin });
    }
  };
}

export interface TestClient {
  socket: HocuspocusProviderWebsocket;
  /** Opens a document; `awareness: false` as the participant app opens the documents it only reads. */
  open(name: string, options?: { awareness?: boolean }): { doc: Y.Doc; provider: HocuspocusProvider; ready: Promise<'synced' | 'denied'> };
  close(): void;
}

/** A Yjs client over loopback: one socket, any number of documents. */
export function testClient(url: string, origin: string, token: string): TestClient {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: socketFrom(origin), delay: 50, minDelay: 50, maxAttempts: 3 });
  const providers: HocuspocusProvider[] = [];
  return {
    socket,
    open(name, options = {}) {
      const doc = new Y.Doc();
      const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token, ...(options.awareness === false ? { awareness: null } : {}) });
      provider.attach();
      providers.push(provider);
      const ready = new Promise<'synced' | 'denied'>((resolve) => {
        provider.on('synced', () => resolve('synced'));
        provider.on('authenticationFailed', () => resolve('denied'));
      });
      return { doc, provider, ready };
    },
    close() {
      providers.forEach((p) => p.destroy());
      socket.destroy();
    },
  };
}

export async function until(check: () => boolean, what: string, limitMs = 5000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
