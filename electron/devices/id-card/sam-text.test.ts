import { describe, expect, it } from 'vitest';
import { demoCitizens, findDemoCitizen } from '../../../shared/demo/demo-citizens.js';
import { decodeIdText, encodeIdText, TEXT_BYTES } from './sam-text.js';

describe('ID card text block (UCS-2LE)', () => {
  it('decodes every demo citizen back to the same details', () => {
    for (const citizen of demoCitizens) {
      const decoded = decodeIdText(encodeIdText(citizen));
      expect(decoded).toEqual({
        ok: true,
        card: {
          cardType: 'resident',
          name: citizen.name,
          gender: citizen.gender,
          nation: citizen.nation,
          birthDate: citizen.birthDate,
          address: citizen.address,
          idNumber: citizen.idNumber,
          issuingAuthority: citizen.issuingAuthority,
          validFrom: citizen.validFrom,
          validTo: citizen.validTo,
        },
      });
    }
  });

  it('lays fields out at their fixed offsets, little-endian, space padded', () => {
    const citizen = findDemoCitizen('li-xiuying')!;
    const text = encodeIdText(citizen);
    expect(text).toHaveLength(TEXT_BYTES);
    // 李 U+674E at char 0; padding spaces to char 15; gender "2" at char 15; nation "01" at 16–17.
    expect([...text.subarray(0, 2)]).toEqual([0x4e, 0x67]);
    expect([...text.subarray(6, 8)]).toEqual([0x20, 0x00]);
    expect([...text.subarray(30, 32)]).toEqual([0x32, 0x00]);
    expect([...text.subarray(32, 36)]).toEqual([0x30, 0x00, 0x31, 0x00]);
    // valid to "长期" at chars 102–103: 长 U+957F, 期 U+671F
    expect([...text.subarray(204, 208)]).toEqual([0x7f, 0x95, 0x1f, 0x67]);
  });

  it('maps nation codes through the GB/T 3304 table (回 = 03)', () => {
    const citizen = findDemoCitizen('liu-zhiqiang')!;
    const text = encodeIdText(citizen);
    expect(String.fromCharCode(text[32]!, text[34]!)).toBe('03');
    expect(decodeIdText(text)).toMatchObject({ ok: true, card: { nation: '回', validTo: '长期' } });
  });

  it('refuses a card whose ID number fails its checksum, without echoing it', () => {
    const citizen = findDemoCitizen('zhang-xiaoming')!;
    const decoded = decodeIdText(encodeIdText({ ...citizen, idNumber: '140311198611060015' }));
    expect(decoded).toMatchObject({ ok: false, problem: 'invalidIdNumber' });
    expect(JSON.stringify(decoded)).not.toContain('1403111986');
  });

  it('recognises a residence permit (J) and refuses a foreigner card (I)', () => {
    const citizen = findDemoCitizen('zhao-li')!;
    expect(decodeIdText(encodeIdText(citizen, 'J'))).toMatchObject({ ok: true, card: { cardType: 'hkMacauTaiwan' } });
    expect(decodeIdText(encodeIdText(citizen, 'I'))).toMatchObject({ ok: false, problem: 'unsupportedCard' });
  });

  it('refuses a short or empty block', () => {
    expect(decodeIdText(new Uint8Array(10))).toMatchObject({ ok: false, problem: 'badText' });
    expect(decodeIdText(new Uint8Array(256))).toMatchObject({ ok: false, problem: 'badText' });
  });
});
