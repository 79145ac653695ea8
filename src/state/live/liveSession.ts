import { newId, nowIso } from '../../domain';
import { newJoinCode } from '../../live/joinCode';
import { LiveUnavailableError, platform } from '../../platform';
import { storage, type LiveSessionRecord } from '../../storage';
import { showToast } from '../toasts';
import { useWorkshopStore } from '../workshopStore';
import { ActiveSession } from './activeSession';
import { IDLE, useLiveSession } from './liveStore';
import { claimSession, forgetSession, lockHeldElsewhere, markedHere, releaseSession } from './ownership';

let active: ActiveSession | undefined;
let busy: Promise<void> = Promise.resolve();

/** One session change at a time (start, end, resume, suspend). */
function serially(task: () => Promise<void>): Promise<void> {
  busy = busy.then(task, task);
  return busy;
}

const random = (bytes: Uint8Array) => void crypto.getRandomValues(bytes as Uint8Array<ArrayBuffer>);

function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function showRecord(record: LiveSessionRecord, phase: 'starting' | 'running' | 'elsewhere'): void {
  useLiveSession.setState({ phase, sessionId: record.id, workshopId: record.workshopId, canvasId: record.canvasId, code: record.code, named: record.named, error: null });
}

async function runHere(record: LiveSessionRecord, stored: ReadonlyMap<string, Uint8Array>): Promise<void> {
  const session = new ActiveSession(record, storage().live, () => void superseded(record.id));
  showRecord(record, 'starting');
  try {
    await session.run(stored);
    active = session;
    showRecord(record, 'running');
  } catch (error) {
    await session.suspend();
    releaseSession();
    const message = error instanceof LiveUnavailableError ? error.message : `The live session could not start: ${error instanceof Error ? error.message : String(error)}`;
    useLiveSession.setState({ ...IDLE, panelOpen: true, error: message });
    throw error;
  }
}

/**
 * One live session at a time on this computer: another one still running in a window of the app must end
 * first; one left running by a window that is gone is ended here.
 */
async function otherSessionRunning(): Promise<string | null> {
  const status = await platform()
    .live.status()
    .catch(() => ({ running: false as const }));
  if (!status.running) return null;
  const other = await storage().live.get(status.sessionId);
  if (other?.status === 'running' && (await lockHeldElsewhere(other.id))) {
    return 'A live session is already running in another window of Partnerscape. End it there first.';
  }
  if (other?.status === 'running') await storage().live.end(other.id, nowIso());
  return null;
}

/** `Start live session`: a new session for this canvas, hosted by this window. */
export function startLiveSession(canvasId: string): Promise<void> {
  return serially(async () => {
    const workshop = useWorkshopStore.getState().entities?.workshop;
    if (!workshop || active) return void useLiveSession.setState({ panelOpen: true });
    const record: LiveSessionRecord = {
      id: newId(),
      workshopId: workshop.id,
      canvasId,
      code: newJoinCode(random),
      secret: newSecret(),
      named: true,
      status: 'running',
      startedAt: nowIso(),
      participants: [],
    };
    useLiveSession.setState({ ...IDLE, phase: 'starting', panelOpen: true, canvasId, workshopId: workshop.id });
    const refusal = await otherSessionRunning();
    if (refusal) return void useLiveSession.setState({ ...IDLE, panelOpen: true, error: refusal });
    await storage().live.save(record);
    await claimSession(record.id, { onLost: () => void lostSession() });
    await runHere(record, new Map()).catch(async () => {
      await storage().live.end(record.id, nowIso());
      forgetSession();
    });
  });
}

/** `End live session`: participants' notes are all on the canvas and saved; their devices are told. */
export function endLiveSession(): Promise<void> {
  return serially(async () => {
    const session = active;
    if (!session) return;
    useLiveSession.setState({ phase: 'ending' });
    const count = await session.end();
    active = undefined;
    forgetSession();
    useLiveSession.setState(IDLE);
    showToast({ message: `Live session ended. ${count} ${count === 1 ? 'note' : 'notes'} from participants ${count === 1 ? 'is' : 'are'} on the canvas.`, tone: 'info' });
  });
}

/** Another of this computer's addresses for the join link (a second network, a hotspot). */
export function setSessionHost(host: string): Promise<void> {
  return serially(async () => {
    await active?.setHost(host).catch((error: unknown) => useLiveSession.setState({ error: `The address could not be used: ${error instanceof Error ? error.message : String(error)}` }));
  });
}

export function setSessionNamed(named: boolean): void {
  active?.setNamed(named);
  useLiveSession.setState({ named });
}

/** The workshop opened (or reloaded): a session still running for it resumes here, or shows as running elsewhere. */
export function resumeLiveSession(workshopId: string): Promise<void> {
  return serially(async () => {
    if (active?.record.workshopId === workshopId) return;
    const record = await storage().live.running(workshopId);
    if (!record) return;
    const mine = markedHere(record.id) || !(await lockHeldElsewhere(record.id));
    if (!mine || !(await claimSession(record.id, { onLost: () => void lostSession() }))) return showRecord(record, 'elsewhere');
    await runHere(record, await storage().live.loadDocs(record.id)).catch(() => undefined);
  });
}

/** `Take over here`: this window runs the session from now on; the other one stops merging. */
export function takeOverLiveSession(): Promise<void> {
  return serially(async () => {
    const { sessionId, phase } = useLiveSession.getState();
    if (phase !== 'elsewhere' || !sessionId) return;
    const record = await storage().live.get(sessionId);
    if (!record || record.status !== 'running') return void useLiveSession.setState(IDLE);
    await claimSession(record.id, { steal: true, onLost: () => void lostSession() });
    await runHere(record, await storage().live.loadDocs(record.id)).catch(() => undefined);
  });
}

/** The workshop closed: stop working on its session here (it keeps running; reopening resumes it). */
export function suspendLiveSession(): Promise<void> {
  return serially(async () => {
    const session = active;
    active = undefined;
    useLiveSession.setState(IDLE);
    if (!session) return;
    await session.suspend();
    releaseSession();
  });
}

/** Another window started a session of its own, which replaced this one on the server. */
function superseded(sessionId: string): Promise<void> {
  return serially(async () => {
    const session = active;
    if (session?.record.id !== sessionId) return;
    active = undefined;
    await session.suspend();
    await storage().live.end(sessionId, nowIso());
    forgetSession();
    useLiveSession.setState({ ...IDLE, panelOpen: true, error: 'Another live session started on this computer, so this one stopped. The notes that arrived are on the canvas.' });
  });
}

async function lostSession(): Promise<void> {
  const session = active;
  if (!session) return;
  active = undefined;
  await session.suspend();
  showRecord(session.record, 'elsewhere');
}
