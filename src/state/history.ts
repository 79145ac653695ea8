import type { RecordChange } from '../domain';

/**
 * One undo step of this window: the record changes it made. Undoing it replaces `changes` with what the
 * undo did (so redo takes that back), and the same object moves to the other stack: a toast's Undo can
 * always find its step.
 */
export interface Step {
  changes: RecordChange[];
}

/** This window's undo and redo stacks. Changes of other writers never enter it and never clear it. */
export class History {
  private readonly undoSteps: Step[] = [];
  private readonly redoSteps: Step[] = [];

  constructor(private readonly limit: number) {}

  get canUndo(): boolean {
    return this.undoSteps.length > 0;
  }

  get canRedo(): boolean {
    return this.redoSteps.length > 0;
  }

  /** A new local change: a new step on top, and nothing left to redo. */
  record(changes: RecordChange[]): Step {
    const step = { changes };
    this.redoSteps.length = 0;
    this.pushUndo(step);
    return step;
  }

  takeUndo(): Step | undefined {
    return this.undoSteps.pop();
  }

  takeRedo(): Step | undefined {
    return this.redoSteps.pop();
  }

  pushUndo(step: Step): void {
    this.undoSteps.push(step);
    if (this.undoSteps.length > this.limit) this.undoSteps.shift();
  }

  pushRedo(step: Step): void {
    this.redoSteps.push(step);
  }

  where(step: Step): 'top' | 'undo' | 'redo' | 'gone' {
    if (this.undoSteps.at(-1) === step) return 'top';
    if (this.undoSteps.includes(step)) return 'undo';
    return this.redoSteps.includes(step) ? 'redo' : 'gone';
  }

  /** Takes a step out of the undo stack (a toast's Undo of an earlier step). */
  remove(step: Step): void {
    const index = this.undoSteps.indexOf(step);
    if (index >= 0) this.undoSteps.splice(index, 1);
  }

  clear(): void {
    this.undoSteps.length = 0;
    this.redoSteps.length = 0;
  }
}
