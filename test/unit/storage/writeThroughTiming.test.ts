import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkshopBundle, toEntities, type WorkshopEntities } from '../../../src/domain';
import { WriteThrough } from '../../../src/state/persistence';
import type { WorkshopRepository } from '../../../src/storage';

function rename(entities: WorkshopEntities, title: string): WorkshopEntities {
  return { ...entities, workshop: { ...entities.workshop, title } };
}

describe('WriteThrough timing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes an edit after a quiet spell at once, and gathers a burst of edits behind the debounce', async () => {
    const titles: string[] = [];
    const repository = {
      apply: async (workshop: { title: string }) => {
        titles.push(workshop.title);
        return { workshop, previousStamp: null };
      },
    } as unknown as WorkshopRepository;
    const start = toEntities(createWorkshopBundle({ title: 'A', organisation: '', date: '', objectives: [] }));
    const writer = new WriteThrough(start, { repository, onState: () => undefined, debounceMs: 150 });

    writer.changed(rename(start, 'B'));
    await vi.advanceTimersByTimeAsync(1);
    expect(titles).toEqual(['B']);

    writer.changed(rename(start, 'C'));
    writer.changed(rename(start, 'D'));
    await vi.advanceTimersByTimeAsync(100);
    expect(titles).toEqual(['B']);
    await vi.advanceTimersByTimeAsync(60);
    expect(titles).toEqual(['B', 'D']);
  });
});
