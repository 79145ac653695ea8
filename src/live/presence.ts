import { CANVAS_FIELDS, type CanvasField } from '../domain/canvasFields';

/**
 * "Who is typing" in a live session. A participant's device sets one awareness field on its own outbox, the only
 * document whose presence the server accepts from it and which no other participant can open: the field it is
 * typing a note in, never the draft. The facilitator's app reads it; no other device ever receives it.
 */
export const TYPING_KEY = 'typing';

/** The awareness value a device sets: the field it types in, or null when it is not typing. */
export type TypingValue = { field: CanvasField } | null;

/** A device with unsent text stops counting as typing after this long without a keystroke. */
export const TYPING_IDLE_MS = 5000;

const isField = (value: unknown): value is CanvasField => typeof value === 'string' && (CANVAS_FIELDS as readonly string[]).includes(value);

/**
 * The field a participant is typing in, from the awareness states of their outbox (one per device or tab they
 * have open). The states come from their device, so anything but a well-formed value counts as not typing.
 */
export function typingField(states: Iterable<unknown>): CanvasField | null {
  for (const state of states) {
    if (typeof state !== 'object' || state === null) continue;
    const typing = (state as Record<string, unknown>)[TYPING_KEY];
    if (typeof typing !== 'object' || typing === null) continue;
    const field = (typing as Record<string, unknown>).field;
    if (isField(field)) return field;
  }
  return null;
}

/**
 * The participant side: turns editor activity into as few awareness changes as possible. Typing starts with a
 * keystroke that leaves unsent text in a focused editor; it ends on submit, cancel, blur, an emptied editor, or
 * after `idleMs` without a keystroke. `publish` is called only when the value changes.
 */
export class TypingSignal {
  private current: CanvasField | null = null;
  private idle: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly publish: (value: TypingValue) => void,
    private readonly idleMs = TYPING_IDLE_MS,
  ) {}

  get field(): CanvasField | null {
    return this.current;
  }

  /** A keystroke (or focus) in the editor of `field`; `unsent` tells whether it holds text not yet sent. */
  activity(field: CanvasField, unsent: boolean): void {
    if (!unsent) return this.stop(field);
    clearTimeout(this.idle);
    this.idle = setTimeout(() => this.stop(), this.idleMs);
    this.set(field);
  }

  /** Submitted, cancelled, left or emptied: not typing any more (only if it was typing in `field`, when given). */
  stop(field?: CanvasField): void {
    if (field && field !== this.current) return;
    clearTimeout(this.idle);
    this.idle = undefined;
    this.set(null);
  }

  private set(field: CanvasField | null): void {
    if (field === this.current) return;
    this.current = field;
    this.publish(field ? { field } : null);
  }
}
