import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../../../shared/catalog/default-catalog.js';
import { bookingApplicant } from './booking.js';

const mz = defaultCatalog.items.find((i) => i.code === 'MZ-001');

describe('booking applicant', () => {
  it('takes the name and number from the card, the phone from the form, never the partner’s', () => {
    if (!mz) throw new Error('MZ-001');
    const card = { name: '张晓明', idNumber: '140311198611060014' } as never;
    expect(
      bookingApplicant(
        mz.fields,
        { partnerName: '赵丽', partnerIdNumber: '140311199204150025', mobile: '13900000102' },
        card,
      ),
    ).toEqual({
      name: '张晓明',
      idNumber: '140311198611060014',
      phone: '13900000102',
    });
    expect(bookingApplicant(mz.fields, { partnerName: '赵丽' }, card)).toBeUndefined();
    expect(
      bookingApplicant(
        mz.fields,
        {
          applicantName: '张晓明',
          applicantIdNumber: '140311198611060014',
          mobile: '13900000102',
          partnerName: '赵丽',
        },
        undefined,
      )?.name,
    ).toBe('张晓明');
  });
});
