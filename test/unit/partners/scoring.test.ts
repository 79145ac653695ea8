import { describe, expect, it } from 'vitest';
import { noiseReasons, totalScore } from '../../../src/domain/scoring';
import { rubricFor, SCORE_CRITERIA } from '../../../src/domain/portfolioRubric';
import { draftToPartner, emptyDraft, parseTags, validateDraft } from '../../../src/domain/portfolioDraft';
import { example, partnerNamed } from './helpers';

describe('total score', () => {
  it('is the weighted mean on the 1–5 scale', () => {
    expect(totalScore({ alignment: 5, execution: 1, culture: 3 }, { alignment: 2, execution: 1, culture: 1 })).toBe(3.5);
    expect(totalScore({ alignment: 4, execution: 4, culture: 4 }, { alignment: 2, execution: 1.5, culture: 1 })).toBe(4);
  });
  it('falls back to the plain mean when every weight is zero', () => {
    expect(totalScore({ alignment: 5, execution: 2, culture: 2 }, { alignment: 0, execution: 0, culture: 0 })).toBe(3);
  });
});

describe('noise rule', () => {
  const settings = { scoreWeights: { alignment: 1, execution: 1, culture: 1 }, noiseThreshold: 2.5 };
  it('flags a partner that serves no objective, whatever its score', () => {
    const partner = partnerNamed(example(), 'Helix CRM');
    expect(noiseReasons({ ...partner, objective: null }, settings)).toEqual(['no-objective']);
  });
  it('flags a score under the threshold but not one equal to it', () => {
    const partner = partnerNamed(example(), 'Helix CRM');
    expect(noiseReasons({ ...partner, scores: { alignment: 2, execution: 2, culture: 3 } }, settings)).toEqual(['low-score']);
    expect(noiseReasons({ ...partner, scores: { alignment: 2, execution: 3, culture: 2.5 } }, settings)).toEqual([]);
  });
  it('flags Pinnacle Events in the example for both reasons with the default weights', () => {
    const entities = example();
    expect(noiseReasons(partnerNamed(entities, 'Pinnacle Events'), entities.workshop)).toEqual(['no-objective', 'low-score']);
    expect(noiseReasons(partnerNamed(entities, 'Helix CRM'), entities.workshop)).toEqual([]);
  });
});

describe('rubric', () => {
  it('has five levels for each of the three criteria, in the form’s field names', () => {
    expect(SCORE_CRITERIA.map((c) => c.label)).toEqual(['Strategic alignment', 'Execution capability', 'Cultural fit']);
    for (const c of SCORE_CRITERIA) expect(new Set(c.levels).size).toBe(5);
    expect(rubricFor('alignment', 1)).toBe(SCORE_CRITERIA[0]?.levels[0]);
    expect(rubricFor('culture', 9)).toBe(SCORE_CRITERIA[2]?.levels[4]);
  });
});

describe('partner form draft', () => {
  const entities = example();
  const tiers = Object.values(entities.tiers);
  const others = Object.values(entities.partners);

  it('asks for a name, a unique one, and scores from 1 to 5', () => {
    const draft = { ...emptyDraft(tiers), name: '  ', alignment: '0', execution: '3.5', culture: '' };
    expect(validateDraft(draft, others, tiers, null)).toMatchObject({
      name: 'Give the partner a name.',
      alignment: 'A whole number from 1 to 5.',
      execution: 'A whole number from 1 to 5.',
      culture: 'A whole number from 1 to 5.',
    });
    expect(validateDraft({ ...draft, name: 'helix crm', alignment: '1', execution: '5', culture: '2' }, others, tiers, null)).toEqual({ name: 'Another partner is already called “helix crm”.' });
  });
  it('lets a partner keep its own name when edited', () => {
    const helix = partnerNamed(entities, 'Helix CRM');
    expect(validateDraft({ ...emptyDraft(tiers), name: 'Helix CRM' }, others, tiers, helix.id)).toEqual({});
  });
  it('turns a valid draft into a record with trimmed text and unique tags', () => {
    const draft = { ...emptyDraft(tiers), name: ' Łódź Systems 会社 ', tags: 'Poland, Retail,, poland ; SMB', objective: '' as const };
    const partner = draftToPartner(draft, entities.workshop.id, null, '2026-03-02T00:00:00.000Z');
    expect(partner).toMatchObject({ name: 'Łódź Systems 会社', tags: ['Poland', 'Retail', 'SMB'], objective: null, scores: { alignment: 3, execution: 3, culture: 3 } });
    expect(parseTags('')).toEqual([]);
  });
});
