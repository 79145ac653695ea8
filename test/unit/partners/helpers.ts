import { toEntities, type WorkshopEntities } from '../../../src/domain/bundle';
import { createExampleWorkshop } from '../../../src/domain/example';
import type { Partner } from '../../../src/domain/records';

export const AT = '2026-03-01T10:00:00.000Z';

export function example(): WorkshopEntities {
  return toEntities(createExampleWorkshop(AT));
}

export function partnerNamed(entities: WorkshopEntities, name: string): Partner {
  const partner = Object.values(entities.partners).find((p) => p.name === name);
  if (!partner) throw new Error(`no partner ${name}`);
  return partner;
}
