import { checklistCompletion, enablementFor } from '../../domain';
import { startEnablement } from '../../state/enablement';
import { useEntities } from '../../state/selectors';
import { Button } from '../../ui/Button';
import { ChecklistEditor } from './ChecklistEditor';
import { RhythmEditor } from './RhythmEditor';
import './enablement.css';

/** One partner's onboarding checklist and engagement rhythm; self-contained, for the partner page too. */
export function PartnerEnablementPanel({ partnerId }: { partnerId: string }) {
  const entities = useEntities();
  const partner = entities?.partners[partnerId];
  if (!entities || !partner) return null;
  const plan = enablementFor(entities, partnerId);
  const headingId = `enablement-${partnerId}`;
  if (!plan) {
    return (
      <section className="enablement-panel" aria-labelledby={headingId}>
        <h3 id={headingId}>Enablement</h3>
        <p className="muted">No onboarding plan for {partner.name} yet. It starts from a checklist for {partner.type} partners and a review rhythm.</p>
        <Button variant="primary" onClick={() => startEnablement(partnerId)}>
          Start onboarding plan
        </Button>
      </section>
    );
  }
  const completion = checklistCompletion(plan.checklist);
  return (
    <section className="enablement-panel" aria-labelledby={headingId}>
      <div className="enablement-head">
        <h3 id={headingId}>Enablement</h3>
        <div className="enablement-progress">
          <progress max={100} value={completion} aria-label={`Onboarding completion for ${partner.name}`} />
          <span>{completion} % done</span>
        </div>
      </div>
      <ChecklistEditor plan={plan} partnerName={partner.name} />
      <RhythmEditor plan={plan} />
    </section>
  );
}
