// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { LIVE_IPC } from '../../../electron/shared/ipc';

type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, Handler>();
  return { handlers, ipcMain: { handle: vi.fn((channel: string, handler: Handler) => handlers.set(channel, handler)) }, utilityProcess: { fork: vi.fn() } };
});
vi.mock('electron', () => electron);

const { registerLiveIpc } = await import('../../../electron/main/live');
const { createOriginPolicy } = await import('../../../electron/main/origin');

const live = { start: vi.fn(async () => ({ joinUrl: 'http://127.0.0.1:4747/?code=ABC346' })), stop: vi.fn(async () => undefined), status: vi.fn(async () => ({ running: false })) };
registerLiveIpc(createOriginPolicy(), live as never);

const appEvent = { sender: {}, senderFrame: { url: 'app://partnerscape/index.html', parent: null } };
const foreign = { sender: {}, senderFrame: { url: 'https://evil.example/', parent: null } };
const call = (channel: string, payload?: unknown, event: unknown = appEvent) => electron.handlers.get(channel)!(event, payload);
const request = { sessionId: 'session-1', code: 'ABC346', secret: 'a-session-secret-for-tests', participants: [] };

describe('live-session IPC', () => {
  it('starts, reports and stops for the app itself', async () => {
    await expect(call(LIVE_IPC.start, request)).resolves.toMatchObject({ joinUrl: expect.stringContaining('code=ABC346') });
    expect(live.start).toHaveBeenCalledWith(request);
    await call(LIVE_IPC.status);
    await call(LIVE_IPC.stop);
    expect(live.status).toHaveBeenCalledTimes(1);
    expect(live.stop).toHaveBeenCalledTimes(1);
  });

  it('refuses other frames and malformed requests', async () => {
    live.start.mockClear();
    for (const channel of Object.values(LIVE_IPC)) await expect(call(channel, request, foreign)).rejects.toThrow(/Rejected IPC/);
    await expect(call(LIVE_IPC.start, { ...request, code: 'O0O0O0' })).rejects.toThrow('invalid join code');
    await expect(call(LIVE_IPC.start, { ...request, participants: [{ id: '../../etc', name: 'x' }] })).rejects.toThrow('invalid participant');
    expect(live.start).not.toHaveBeenCalled();
  });
});
