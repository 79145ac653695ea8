import type { LiveProcessReply, LiveProcessRequest, LiveStartRequest, LiveStartResult, LiveStatus } from '../shared/live.ts';

/** What a host needs of the server's process: Electron's UtilityProcess and Node's ChildProcess both fit (adapted). */
export interface LiveProcessHandle {
  post(message: LiveProcessRequest): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

const REPLY_TIMEOUT_MS = 15_000;
type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> };
type Body = { type: 'start'; request: LiveStartRequest } | { type: 'stop' } | { type: 'status' };

/**
 * Talks to the live server's process, starting it on first use. When the process dies unexpectedly it is started
 * again with the last session, so participants' devices reconnect by themselves.
 */
export class LiveProcessClient {
  private handle: LiveProcessHandle | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private session: LiveStartRequest | undefined;
  private stopping = false;
  restarts = 0;

  constructor(private readonly spawn: () => LiveProcessHandle) {}

  async start(request: LiveStartRequest): Promise<LiveStartResult> {
    this.session = request;
    return (await this.send({ type: 'start', request })) as LiveStartResult;
  }

  async stop(): Promise<void> {
    this.session = undefined;
    if (this.handle) await this.send({ type: 'stop' });
  }

  async status(): Promise<LiveStatus> {
    if (!this.handle) return { running: false };
    return (await this.send({ type: 'status' })) as LiveStatus;
  }

  /** Ends the process (app quit). */
  dispose(): void {
    this.stopping = true;
    this.handle?.kill();
    this.handle = undefined;
  }

  private process(): LiveProcessHandle {
    if (this.handle) return this.handle;
    const handle = this.spawn();
    handle.onMessage((message) => this.receive(message as LiveProcessReply));
    handle.onExit(() => {
      if (this.handle !== handle) return;
      this.handle = undefined;
      for (const [id, p] of this.pending) {
        clearTimeout(p.timer);
        p.reject(new Error('The live server stopped unexpectedly.'));
        this.pending.delete(id);
      }
      if (!this.stopping && this.session) {
        this.restarts++;
        void this.start(this.session).catch(() => undefined);
      }
    });
    this.handle = handle;
    return handle;
  }

  private send(body: Body): Promise<unknown> {
    const id = this.nextId++;
    const handle = this.process();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('The live server did not answer.'));
      }, REPLY_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      handle.post({ id, ...body } as LiveProcessRequest);
    });
  }

  private receive(reply: LiveProcessReply): void {
    const pending = typeof reply?.id === 'number' ? this.pending.get(reply.id) : undefined;
    if (!pending) return;
    this.pending.delete(reply.id);
    clearTimeout(pending.timer);
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(new Error(reply.error));
  }
}
