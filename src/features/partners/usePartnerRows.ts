import { useMemo, useRef } from 'react';
import { partnerRow, type Partner, type PartnerRow, type WorkshopEntities } from '../../domain';

interface RowCache {
  workshop: WorkshopEntities['workshop'];
  tiers: WorkshopEntities['tiers'];
  rows: WeakMap<Partner, PartnerRow>;
}

/**
 * Table rows for every partner. A row object is reused while its partner, the tiers and the
 * workshop's scoring are unchanged, so memoised rows re-render only for the partner that changed.
 */
export function usePartnerRows(entities: WorkshopEntities | null): PartnerRow[] {
  const cache = useRef<RowCache | null>(null);
  const workshop = entities?.workshop;
  const tiers = entities?.tiers;
  const partners = entities?.partners;
  return useMemo(() => {
    if (!workshop || !tiers || !partners) return [];
    let current = cache.current;
    if (!current || current.workshop !== workshop || current.tiers !== tiers) {
      current = { workshop, tiers, rows: new WeakMap() };
      cache.current = current;
    }
    const { rows } = current;
    return Object.values(partners).map((partner) => {
      let row = rows.get(partner);
      if (!row) {
        row = partnerRow(partner, tiers, workshop);
        rows.set(partner, row);
      }
      return row;
    });
  }, [workshop, tiers, partners]);
}
