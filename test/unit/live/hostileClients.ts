import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';

/**
 * Raw Hocuspocus messages, written the way a hostile or broken device could send them: no provider in between,
 * so nothing is checked on the way out.
 */
const MESSAGE = { sync: 0, awareness: 1, auth: 2 } as const;
const SYNC_UPDATE = 2;

function message(document: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, document);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const authMessage = (document: string, token: string) =>
  message(document, (e) => {
    encoding.writeVarUint(e, MESSAGE.auth);
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, token);
  });

export const updateMessage = (document: string, update: Uint8Array) =>
  message(document, (e) => {
    encoding.writeVarUint(e, MESSAGE.sync);
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint8Array(e, update);
  });

/** A sync update whose length claims more bytes than follow: a truncated message. */
export const truncatedUpdateMessage = (document: string) =>
  message(document, (e) => {
    encoding.writeVarUint(e, MESSAGE.sync);
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint(e, 10_000);
    encoding.writeUint8Array(e, new Uint8Array(12).fill(7));
  });

/** An awareness message with one client's state of `bytes` characters. */
export const awarenessMessage = (document: string, clientId: number, bytes: number) =>
  message(document, (e) => {
    encoding.writeVarUint(e, MESSAGE.awareness);
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, 1);
    encoding.writeVarString(inner, JSON.stringify({ user: 'x'.repeat(bytes) }));
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  });

export interface RawSocket {
  ws: WebSocket;
  opened: Promise<boolean>;
  /** The close code (1006 when the connection just ended). */
  closed: Promise<number>;
  send(data: Uint8Array): void;
}

/** A WebSocket to the live server with a chosen Origin, that never reconnects. */
export function rawSocket(url: string, origin: string, options: { maxPayload?: number } = {}): RawSocket {
  const ws = new WebSocket(url, { origin, ...options });
  ws.on('error', () => undefined);
  const opened = new Promise<boolean>((resolve) => {
    ws.once('open', () => resolve(true));
    ws.once('unexpected-response', () => resolve(false));
    ws.once('close', () => resolve(false));
  });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  return {
    ws,
    opened,
    closed,
    send: (data) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(data);
    },
  };
}
