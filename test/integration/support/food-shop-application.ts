import { randomUUID } from 'node:crypto';
import type { DemoCitizen } from '../../../shared/demo/demo-citizens.js';

/**
 * A licensed food shop's filing (SC-005) as the renderer sends it to `submission.submit`: the business licence
 * from the e-licences, the food safety rules by commitment (signed with `signatureRef`, already put), catering,
 * owned premises. A new idempotency key each time.
 */
export function foodShopApplication(
  person: Pick<DemoCitizen, 'name' | 'idNumber' | 'phone' | 'address'>,
  signatureRef: string,
  shopName = '测试家常菜馆',
) {
  return {
    idempotencyKey: randomUUID(),
    target: { kind: 'item', itemCode: 'SC-005' },
    applicant: {
      name: person.name,
      idNumber: person.idNumber,
      phone: person.phone,
      address: person.address,
      identifiedBy: 'idCard',
      business: { name: `阳泉市郊区${shopName}` },
    },
    situationAnswers: { businessKind: 'catering', premises: 'owned' },
    materials: [
      {
        materialId: 'businessLicense',
        satisfiedBy: 'eLicense',
        licenseType: 'businessLicense',
        licenseNumber: '92140311MA0K3J8P1T',
      },
      {
        materialId: 'foodSafetyRules',
        satisfiedBy: 'commitment',
        commitmentAcceptedAt: new Date().toISOString(),
        signatureRef,
      },
    ],
    form: {
      applicantName: person.name,
      applicantIdNumber: person.idNumber,
      mobile: person.phone,
      shopName,
      businessAddress: '山西省阳泉市郊区河底镇河底村中街23号',
      floorArea: 45,
      cateringItems: ['hot'],
    },
  };
}
