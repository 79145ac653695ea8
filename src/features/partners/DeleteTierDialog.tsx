import { useState } from 'react';
import type { Tier } from '../../domain';
import { removeTier } from '../../state/partners';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

/** Deleting a tier asks where its partners go (another tier, or no tier), so none is left pointing nowhere. */
export function DeleteTierDialog({ tier, tiers, partnerCount, onClose }: { tier: Tier | null; tiers: Tier[]; partnerCount: number; onClose: () => void }) {
  const others = tiers.filter((t) => t.id !== tier?.id);
  const [moveTo, setMoveTo] = useState<string>('');
  const target = others.some((t) => t.id === moveTo) ? moveTo : '';
  const confirm = () => {
    if (tier) removeTier(tier.id, target || null);
    setMoveTo('');
    onClose();
  };
  return (
    <Dialog
      title={tier ? `Delete the tier “${tier.name}”?` : 'Delete tier'}
      open={Boolean(tier)}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="danger" onClick={confirm}>
            Delete tier
          </Button>
        </>
      }
    >
      {partnerCount > 0 ? (
        <>
          <p className="dialog-text">
            {partnerCount === 1 ? 'One partner is' : `${partnerCount} partners are`} in this tier. Where should {partnerCount === 1 ? 'it' : 'they'} go?
          </p>
          <Field label="Move its partners to">
            <select value={target} onChange={(e) => setMoveTo(e.target.value)}>
              {others.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
              <option value="">No tier</option>
            </select>
          </Field>
        </>
      ) : (
        <p className="dialog-text">No partner is in this tier.</p>
      )}
      <p className="dialog-text muted">You can undo this right after.</p>
    </Dialog>
  );
}
