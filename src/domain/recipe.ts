import type { WorkshopEntities } from './bundle';

/** What a recipe hands back besides the new entities: the id it created, what it removed, …. */
export interface Outcome<R> {
  entities: WorkshopEntities;
  result: R;
}

/**
 * A change of the open workshop as a pure function: the entities before → the entities after (the same
 * object when nothing changes), with a result when the caller needs one. The state layer's `commit` applies it.
 */
export type Recipe<R = void> = (entities: WorkshopEntities) => WorkshopEntities | Outcome<R>;

export function outcomeOf<R>(value: WorkshopEntities | Outcome<R>): Outcome<R | undefined> {
  return 'entities' in value ? value : { entities: value, result: undefined };
}
