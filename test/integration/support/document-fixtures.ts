import type { Certificate } from '../../../shared/platform/index.js';
import type { ReceiptData } from '../../../electron/services/documents/receipt.js';
import { receiptQrPayload } from '../../../electron/services/documents/receipt.js';
import { signCertificate, signingKeyFromSeed } from '../../../electron/services/platform/certificate-codec.js';
import { demoCitizen } from '../../../server/platform/fixtures.js';
import { maskIdNumber, maskName } from '../../../shared/validation/id-number.js';

/**
 * Fixed documents for the rendering tests: fixed dates, numbers, codes and a key from a fixed seed, so the
 * PDFs (and their PNGs) are the same on every run and every machine.
 */
export const FIXED_TIME = Date.parse('2026-01-15T02:30:00Z'); // 10:30 in Yangquan
export const fixtureKey = signingKeyFromSeed(Buffer.alloc(32, 7), '阳泉市郊区政务服务平台（演示）', true);

const wang = demoCitizen('wang-jianguo');

export const receiptFixture: ReceiptData = {
  documentId: 'R-DEMO-0001-20260115-0001',
  siteName: '阳泉市郊区政务服务中心',
  kioskId: 'DEMO-0001',
  itemName: '食品小经营店备案',
  department: '阳泉市郊区市场监督管理局',
  caseNumber: 'YQJQ-20260115-00001',
  localNumber: 'DEMO-0001-20260115-0001',
  applicantMasked: maskName(wang.name),
  idNumberMasked: maskIdNumber(wang.idNumber),
  submittedAt: FIXED_TIME,
  printedAt: FIXED_TIME + 60_000,
  instant: true,
  statusText: '已办结，证照当场打印',
  materials: { eLicense: 1, commitment: 2, scan: 0, later: [] },
  queryCode: '7K3Q-M2XD-94PA',
  qrPayload: receiptQrPayload('YQJQ-20260115-00001', '7K3Q-M2XD-94PA'),
  consultationPhone: '0353-5110646',
  sample: true,
};

/** The receipt of a 一件事 package (婚育一件事): one submission, one receipt, a case per member item. */
const zhao = demoCitizen('zhao-li');
const { consultationPhone: _itemPhone, ...receiptWithoutPhone } = receiptFixture;
export const packageReceiptFixture: ReceiptData = {
  ...receiptWithoutPhone,
  documentId: 'R-DEMO-0001-20260115-0003',
  itemName: '婚育一件事',
  department: '阳泉市郊区民政局',
  caseNumber: 'YQJQ-20260115-00002',
  memberCases: [
    { caseNumber: 'YQJQ-20260115-00002', itemName: '婚姻登记预约' },
    { caseNumber: 'YQJQ-20260115-00003', itemName: '生育登记' },
  ],
  localNumber: 'DEMO-0001-20260115-0003',
  applicantMasked: maskName(zhao.name),
  idNumberMasked: maskIdNumber(zhao.idNumber),
  statusText: '已办结',
  materials: { eLicense: 1, commitment: 1, scan: 0, later: [] },
  queryCode: '94PA-7K3Q-M2XD',
  qrPayload: receiptQrPayload('YQJQ-20260115-00002', '94PA-7K3Q-M2XD'),
};

export function certificateFixture(): Certificate {
  return signCertificate(
    {
      certificateNumber: 'ZS-20260115-00001',
      source: 'case',
      itemCode: 'SC-005',
      caseNumber: 'YQJQ-20260115-00001',
      title: '食品小经营店备案证',
      holderName: '阳泉市郊区建国家常菜馆',
      holderMasked: maskName(wang.name),
      idNumberMasked: maskIdNumber(wang.idNumber),
      subject: '阳泉市郊区建国家常菜馆',
      fields: [
        { label: '经营者名称', value: '阳泉市郊区建国家常菜馆' },
        { label: '统一社会信用代码', value: '92140311MA0K3J8P1T' },
        { label: '经营者', value: wang.name },
        { label: '身份证件号码', value: maskIdNumber(wang.idNumber) },
        { label: '经营场所', value: '山西省阳泉市郊区河底镇河底村中街23号' },
        { label: '经营项目', value: '热食类食品制售' },
        { label: '经营面积', value: '45平方米' },
      ],
      department: '阳泉市郊区市场监督管理局',
      issuedAt: new Date(FIXED_TIME).toISOString(),
      validUntil: '2031-01-14',
      verificationCode: 'Q4M8-ZC2T-7HXK',
      sample: true,
    },
    fixtureKey,
  );
}
