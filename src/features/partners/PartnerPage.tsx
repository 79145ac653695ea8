import { EDGE_KIND_LABELS, INSIGHT_KIND_LABELS, noiseReasonText, OBJECTIVE_LABELS, PARTNER_STATUS_LABELS, partnerRow, partnerReferences } from '../../domain';
import { createPartnerCanvas } from '../../state/partners';
import { goToSection } from '../../state/route';
import { useEntities } from '../../state/selectors';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { formatDate } from '../../ui/format';
import { BackIcon, PlusIcon } from '../../ui/icons';
import { PartnerEnablementPanel } from '../enablement/PartnerEnablementPanel';
import { PartnerMetricsPanel } from '../metrics/PartnerMetricsPanel';
import { NoiseFlag } from './NoiseFlag';
import { PartnerScorecard } from './PartnerScorecard';
import { TypeMark } from '../../ui/TypeShape';
import { askDelete, openEditor } from './usePortfolioView';

export function PartnerPage({ partnerId }: { partnerId: string }) {
  const entities = useEntities();
  if (!entities) return null;
  const { workshop } = entities;
  const back = () => goToSection(workshop.id, 'partners');
  const partner = entities.partners[partnerId];
  if (!partner) {
    return (
      <EmptyState title="This partner is not in the workshop" action={<Button onClick={back}>Back to partners</Button>}>
        It may have been deleted. Undo (Ctrl+Z) brings a deleted partner back.
      </EmptyState>
    );
  }
  const row = partnerRow(partner, entities.tiers, workshop);
  const refs = partnerReferences(entities, partnerId);
  const nodeName = (id: string) => (id === workshop.id ? workshop.organisation || 'Our organisation' : (entities.partners[id]?.name ?? 'Unknown'));
  const createCanvas = () => {
    const canvasId = createPartnerCanvas(partner.id);
    if (canvasId) goToSection(workshop.id, 'canvas', canvasId);
  };

  return (
    <article className="partner-page" aria-labelledby="partner-page-title">
      <Button variant="ghost" size="sm" icon={<BackIcon />} onClick={back}>
        All partners
      </Button>
      <header className="partner-page-header">
        <div className="partner-page-title">
          <h2 id="partner-page-title">{partner.name}</h2>
          <div className="partner-page-meta">
            <TypeMark type={partner.type} />
            <span className={`status status-${partner.status}`}>{PARTNER_STATUS_LABELS[partner.status]}</span>
            <span>{row.tierName ? `${row.tierName} tier` : 'No tier'}</span>
            <NoiseFlag reasons={row.noise} score={row.score} threshold={workshop.noiseThreshold} />
          </div>
        </div>
        <div className="partner-page-actions">
          <Button onClick={() => openEditor(partner.id)}>Edit</Button>
          <Button variant="ghost" aria-label={`Delete ${partner.name}`} onClick={() => askDelete(partner.id)}>
            Delete
          </Button>
        </div>
      </header>
      {row.noise.length > 0 && (
        <p className="noise-explained">
          Noise: this partner {row.noise.map((r) => noiseReasonText(r, row.score, workshop.noiseThreshold)).join(' and ')}. Cut it, or renegotiate so it serves an objective.
        </p>
      )}
      <div className="partner-page-grid">
        <section className="panel-card" aria-labelledby="details-heading">
          <h3 id="details-heading">Details</h3>
          <dl className="details">
            <dt>Objective served</dt>
            <dd>{partner.objective ? OBJECTIVE_LABELS[partner.objective] : 'None'}</dd>
            <dt>Owner</dt>
            <dd>{partner.owner || '—'}</dd>
            <dt>Next review</dt>
            <dd>{partner.nextReview ? formatDate(partner.nextReview) : 'Not scheduled'}</dd>
            <dt>Markets and verticals</dt>
            <dd>
              {partner.tags.length ? (
                <ul className="tags">
                  {partner.tags.map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ul>
              ) : (
                '—'
              )}
            </dd>
          </dl>
          <h4>Notes</h4>
          {partner.notes.trim() ? <p className="partner-notes">{partner.notes}</p> : <p className="muted">No notes yet.</p>}
        </section>
        <PartnerScorecard partner={partner} score={row.score} weights={workshop.scoreWeights} />
        <section className="panel-card" aria-labelledby="canvases-heading">
          <h3 id="canvases-heading">Canvases</h3>
          {refs.canvases.length === 0 ? (
            <p className="muted">No Partnership Canvas for this partner yet.</p>
          ) : (
            <ul className="link-list">
              {refs.canvases.map((c) => (
                <li key={c.id}>
                  <a
                    href={`#/w/${encodeURIComponent(workshop.id)}/canvas/${encodeURIComponent(c.id)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      goToSection(workshop.id, 'canvas', c.id);
                    }}
                  >
                    {c.title}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <Button size="sm" icon={<PlusIcon />} onClick={createCanvas}>
            Create canvas
          </Button>
        </section>
        <section className="panel-card" aria-labelledby="edges-heading">
          <h3 id="edges-heading">Map connections</h3>
          {refs.edges.length === 0 ? (
            <p className="muted">Not connected to anyone on the ecosystem map yet.</p>
          ) : (
            <ul className="edge-list">
              {refs.edges.map((e) => {
                const other = e.from === partnerId ? e.to : e.from;
                const arrow = e.bidirectional ? '↔' : e.from === partnerId ? '→' : '←';
                return (
                  <li key={e.id}>
                    <span className="edge-arrow" aria-hidden="true">
                      {arrow}
                    </span>{' '}
                    <strong>{nodeName(other)}</strong> · {EDGE_KIND_LABELS[e.kind]}
                    {e.label && <span className="muted"> · {e.label}</span>}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <section className="panel-card" aria-labelledby="insights-heading">
          <h3 id="insights-heading">Insights from this partner</h3>
          {refs.insights.length === 0 ? (
            <p className="muted">No insights recorded from this partner.</p>
          ) : (
            <ul className="link-list">
              {refs.insights.map((i) => (
                <li key={i.id}>
                  <span className="muted">{INSIGHT_KIND_LABELS[i.kind]}:</span> {i.text}
                </li>
              ))}
            </ul>
          )}
        </section>
        <div className="panel-card panel-card-wide">
          <PartnerEnablementPanel partnerId={partner.id} />
        </div>
        <div className="panel-card panel-card-wide">
          <PartnerMetricsPanel partnerId={partner.id} />
        </div>
      </div>
    </article>
  );
}
