import { describe, expect, it } from 'vitest';
import { itemTargetFor } from '../../../test/fixtures/apply-fixtures.js';
import { firstIncompleteStep } from './incomplete-step.js';
import { stepsFor } from './flow-steps.js';

describe('after 修改 on the check page', () => {
  const target = itemTargetFor('SC-002');
  const answersRented = { useName: 'no', operatorForm: 'individual', premises: 'rented' };
  const answersOwned = { useName: 'no', operatorForm: 'individual', premises: 'owned' };
  const filledWhenRented = () => {
    const steps = stepsFor(target, { answers: answersRented, known: {} });
    const values: Record<string, string> = {};
    for (const step of steps) if (step.screen === 'form') values[step.field.id] = 'x';
    const materials: Record<string, { kind: 'bringLater' }> = {};
    for (const m of target.resolve(answersRented).materials) materials[m.id] = { kind: 'bringLater' };
    return { values, materials };
  };

  it('goes back to the check page when nothing new is needed', () => {
    const { values, materials } = filledWhenRented();
    const steps = stepsFor(target, { answers: answersRented, known: {} });
    expect(
      firstIncompleteStep(
        steps,
        { answers: answersRented, values, materials, committed: false, signatureId: 'sig' },
        target.resolve(answersRented),
        {},
      ),
    ).toBe('check');
  });

  it('租用 → 自有房产 asks for the proof of ownership it now requires, before the check page', () => {
    const { values, materials } = filledWhenRented();
    const steps = stepsFor(target, { answers: answersOwned, known: {} });
    const resolution = target.resolve(answersOwned);
    expect(resolution.materials.map((m) => m.id)).toContain('premisesOwnership');
    expect(
      firstIncompleteStep(
        steps,
        { answers: answersOwned, values, materials, committed: false, signatureId: 'sig' },
        resolution,
        {},
      ),
    ).toBe('materials');
    // With a way chosen for it, the check page again.
    const chosen = { ...materials, premisesOwnership: { kind: 'bringLater' as const } };
    expect(
      firstIncompleteStep(
        steps,
        { answers: answersOwned, values, materials: chosen, committed: false, signatureId: 'sig' },
        resolution,
        {},
      ),
    ).toBe('check');
  });

  it('asks a question the new answer opens, and a required field left empty', () => {
    const { values, materials } = filledWhenRented();
    const steps = stepsFor(target, { answers: { useName: 'no', operatorForm: 'individual' }, known: {} });
    expect(
      firstIncompleteStep(
        steps,
        {
          answers: { useName: 'no', operatorForm: 'individual' },
          values,
          materials,
          committed: false,
          signatureId: 'sig',
        },
        target.resolve({}),
        {},
      ),
    ).toBe('situation:premises');
    const firstField = steps.find((s) => s.screen === 'form' && !s.field.optional);
    if (!firstField || firstField.screen !== 'form') throw new Error('no required field');
    const { [firstField.field.id]: _dropped, ...rest } = values;
    const allSteps = stepsFor(target, { answers: answersRented, known: {} });
    expect(
      firstIncompleteStep(
        allSteps,
        { answers: answersRented, values: rest, materials, committed: false, signatureId: 'sig' },
        target.resolve(answersRented),
        {},
      ),
    ).toBe(firstField.key);
  });

  it('a commitment chosen after the change is accepted and signed (on its page) before the check page', () => {
    const { values, materials } = filledWhenRented();
    const steps = stepsFor(target, { answers: answersOwned, known: {} });
    const resolution = target.resolve(answersOwned);
    const withCommitment = { ...materials, premisesOwnership: { kind: 'commitment' as const } };
    const screens = steps.map((s) => s.screen);
    const state = { answers: answersOwned, values, materials: withCommitment };
    expect(screens).toContain('commitment');
    expect(screens).not.toContain('sign');
    expect(firstIncompleteStep(steps, { ...state, committed: false, signatureId: 'sig' }, resolution, {})).toBe(
      'commitment',
    );
    expect(firstIncompleteStep(steps, { ...state, committed: true, signatureId: undefined }, resolution, {})).toBe(
      'commitment',
    );
    expect(firstIncompleteStep(steps, { ...state, committed: true, signatureId: 'sig' }, resolution, {})).toBe('check');
  });
});
