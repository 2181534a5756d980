import { describe, expect, it } from 'vitest';
import type { Material } from '../../../../../shared/catalog/schema.js';
import {
  businessLicense,
  demoCard,
  itemTargetFor,
  packageTargetFor,
} from '../../../../../test/fixtures/apply-fixtures.js';
import {
  automaticChoices,
  broughtLater,
  chosenCommitments,
  eLicenseChoice,
  materialOptions,
  missingMaterials,
  parseLicenseId,
  uniqueMaterials,
} from './materials-logic.js';

// 食品小经营店备案 for a catering shop with a licence, in rented premises.
const target = itemTargetFor('SC-005');
const materials = target.resolve({ businessKind: 'catering', hasLicense: 'yes', premises: 'rented' }).materials;
const byId = (id: string) => materials.find((m) => m.id === id) as Material;

describe('materials page', () => {
  it('offers an e-license only when the platform holds a valid one', () => {
    const none = materialOptions(byId('businessLicense'), { licenses: [] });
    expect(none.map((o) => o.kind)).toEqual(['scan']);
    const held = materialOptions(byId('businessLicense'), { licenses: [businessLicense()] });
    expect(held[0]).toMatchObject({
      kind: 'eLicense',
      licenseType: 'businessLicense',
      licenseNumber: '92140311MA0K3J8P1T',
    });
    const expired = materialOptions(byId('businessLicense'), { licenses: [businessLicense({ status: 'expired' })] });
    expect(expired.map((o) => o.kind)).toEqual(['scan']);
  });

  it('keeps the catalog order of the other ways', () => {
    expect(materialOptions(byId('healthCertificates'), { licenses: [] }).map((o) => o.kind)).toEqual([
      'scan',
      'commitment',
    ]);
    expect(materialOptions(byId('leaseContract'), { licenses: [] }).map((o) => o.kind)).toEqual(['scan', 'bringLater']);
  });

  it('settles held e-licenses and the ID card just read without asking, and leaves the rest to the citizen', () => {
    const auto = automaticChoices(materials, {}, { licenses: [businessLicense()], idCard: demoCard() });
    expect(Object.keys(auto).sort()).toEqual(['businessLicense', 'idCard']);
    expect(auto.businessLicense).toEqual(eLicenseChoice('businessLicense', '92140311MA0K3J8P1T'));
    expect(parseLicenseId((auto.idCard as { licenseId: string }).licenseId)?.licenseType).toBe('residentIdCard');
    // A choice the citizen made is never overwritten.
    const kept = automaticChoices(
      materials,
      { businessLicense: { kind: 'scan', attachmentIds: ['x'] } },
      { licenses: [businessLicense()] },
    );
    expect(kept.businessLicense).toBeUndefined();
  });

  it('signs forms whose only way is the signature', () => {
    const pkgMaterials = packageTargetFor('YJS-001').resolve({
      size: 'small',
      useName: 'yes',
      operatorForm: 'individual',
      premises: 'owned',
    }).materials;
    const auto = automaticChoices(pkgMaterials, {}, {});
    expect(auto.registrationForm).toEqual({ kind: 'signature' });
  });

  it('lists what is missing on 继续, required materials only, once per id', () => {
    const missing = missingMaterials([...materials, byId('leaseContract')], { idCard: { kind: 'bringLater' } });
    expect(missing.map((m) => m.id)).toEqual([
      'businessLicense',
      'healthCertificates',
      'leaseContract',
      'foodSafetyRules',
      'layoutPlan',
    ]);
    const optional = { ...byId('layoutPlan'), optional: true };
    expect(missingMaterials([optional], {})).toEqual([]);
  });

  it('collects the chosen commitments and the materials brought later', () => {
    const choices = {
      healthCertificates: { kind: 'commitment' },
      foodSafetyRules: { kind: 'commitment' },
      leaseContract: { kind: 'bringLater' },
    } as const;
    const commitments = chosenCommitments(materials, choices);
    expect(commitments.map((c) => c.material.id)).toEqual(['healthCertificates', 'foodSafetyRules']);
    expect(commitments[0]?.commitment.liability['zh-CN']).toContain('撤销备案');
    expect(broughtLater(materials, choices).map((m) => m.id)).toEqual(['leaseContract']);
  });

  it('lists a material named by two package items once', () => {
    const twice = [byId('idCard'), byId('idCard')];
    expect(uniqueMaterials(twice)).toHaveLength(1);
  });

  it('rejects malformed license ids', () => {
    expect(parseLicenseId('nocolon')).toBeUndefined();
    expect(parseLicenseId(':x')).toBeUndefined();
    expect(parseLicenseId('a:')).toBeUndefined();
    expect(parseLicenseId('businessLicense:A:B')).toEqual({ licenseType: 'businessLicense', licenseNumber: 'A:B' });
  });
});
