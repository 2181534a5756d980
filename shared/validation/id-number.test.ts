import { describe, expect, it } from 'vitest';
import { demoCitizens } from '../demo/demo-citizens.js';
import { checkIdNumber, idNumberCheckChar, maskIdNumber, maskName } from './id-number.js';

describe('GB 11643 ID numbers', () => {
  it('computes the check character, including X', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberCheckChar('14031119580312002')).toBe('2');
  });
  it('accepts every demo citizen', () => {
    for (const c of demoCitizens) expect(checkIdNumber(c.idNumber)).toBeUndefined();
  });
  it('names the problem', () => {
    expect(checkIdNumber('14031119580312002')).toBe('format');
    expect(checkIdNumber('140311195802300021')).toBe('birthDate');
    expect(checkIdNumber('140311195803120023')).toBe('checksum');
    expect(checkIdNumber('11010519491231002x')).toBeUndefined();
    expect(checkIdNumber('140311209901010011', new Date('2026-01-01'))).toBe('birthDate');
  });
  it('masks for display', () => {
    expect(maskIdNumber('140311195803120022')).toBe('1403**********0022');
    expect(maskName('张晓明')).toBe('张*明');
    expect(maskName('赵丽')).toBe('赵*');
    expect(maskName('欧阳晓明')).toBe('欧**明');
  });
});
