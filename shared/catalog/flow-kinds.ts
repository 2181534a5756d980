import { z } from 'zod';
import type { FlowKind, Item, LocalizedText } from './schema.js';

/**
 * The screens each flow kind goes through. An item only adds data: a screen for which the item has no data
 * (no situations, no materials, no fields, no identity) is skipped by screensFor().
 */
export const screenSchema = z.enum([
  'guide', // start page: what it does, time, fee, result, who can use it, other channels, 开始办理
  'identify', // ID card or QR e-ID
  'situations', // one question per page
  'materials', // e-license / commitment / scan / bring later, per material
  'form', // one question per page, prefilled where possible
  'commitment', // 告知承诺 and the applicant declaration, explicit 我承诺
  'sign', // signature on screen
  'check', // 核对您的信息, 修改 per row
  'submit', // durable locally, then sent
  'confirmation', // case number, next steps, receipt printed with a QR code
  'face', // face certification with liveness
  'result', // query result or certification result on screen
  'preview', // the document to print, with page count
  'print', // printing, with paper and jam handling
  'slot', // pick a date and time
  'bill', // the bill or amount to pay
  'pay', // pay by QR code
  'payReceipt', // payment receipt printed
  'evaluation', // 好差评
  'takeCard', // 请取走您的身份证, then wipe
]);
export type Screen = z.infer<typeof screenSchema>;

export interface FlowKindSpec {
  readonly kind: FlowKind;
  readonly name: LocalizedText;
  readonly screens: readonly Screen[];
}

export const flowKindSpecs: { readonly [K in FlowKind]: FlowKindSpec & { readonly kind: K } } = {
  print: {
    kind: 'print',
    name: { 'zh-CN': '证明打印', en: 'Print a certificate' },
    screens: ['guide', 'identify', 'situations', 'form', 'preview', 'print', 'evaluation', 'takeCard'],
  },
  query: {
    kind: 'query',
    name: { 'zh-CN': '查询', en: 'Look up records' },
    screens: ['guide', 'identify', 'situations', 'form', 'result', 'print', 'evaluation', 'takeCard'],
  },
  apply: {
    kind: 'apply',
    name: { 'zh-CN': '申请、登记、备案', en: 'Apply, register or file' },
    screens: [
      'guide',
      'identify',
      'situations',
      'materials',
      'form',
      'commitment',
      'sign',
      'check',
      'submit',
      'confirmation',
      'evaluation',
      'takeCard',
    ],
  },
  book: {
    kind: 'book',
    name: { 'zh-CN': '预约', en: 'Book an appointment' },
    screens: [
      'guide',
      'identify',
      'situations',
      'slot',
      'form',
      'check',
      'submit',
      'confirmation',
      'evaluation',
      'takeCard',
    ],
  },
  pay: {
    kind: 'pay',
    name: { 'zh-CN': '缴费', en: 'Pay' },
    screens: ['guide', 'identify', 'situations', 'form', 'bill', 'pay', 'payReceipt', 'evaluation', 'takeCard'],
  },
  certify: {
    kind: 'certify',
    name: { 'zh-CN': '资格认证', en: 'Certify eligibility by face' },
    screens: ['guide', 'identify', 'situations', 'face', 'result', 'evaluation', 'takeCard'],
  },
};

/**
 * The screens one item goes through, in order: its flow kind's screens minus those it has no data for.
 * `answersHaveSituations` is not needed: the situations screen is kept when the item has any question.
 */
export function screensFor(item: Item): Screen[] {
  const hasCommitment =
    item.declaration !== undefined || item.materials.some((m) => m.satisfiedBy.some((s) => s.kind === 'commitment'));
  const needsSignature = hasCommitment || item.materials.some((m) => m.satisfiedBy.some((s) => s.kind === 'signature'));
  const printsOnSite = item.results.some(
    (r) => r.delivery === 'printOnSite' && r.kind !== 'receipt' && r.kind !== 'ticket',
  );
  return flowKindSpecs[item.flow].screens.filter((screen) => {
    switch (screen) {
      case 'identify':
      case 'takeCard':
        return item.identity === 'required';
      case 'situations':
        return item.situations.length > 0;
      case 'materials':
        return item.materials.length > 0;
      case 'form':
        return item.fields.length > 0;
      case 'commitment':
        return hasCommitment;
      case 'sign':
        // With a commitment, its page takes the signature too (one page fewer): a page of its own only without.
        return needsSignature && !hasCommitment;
      case 'print':
        // A query may offer printing its result; a print item always prints.
        return item.flow === 'print' || printsOnSite;
      default:
        return true;
    }
  });
}

/** The screens of a package (一件事): one notice (guide), one set of questions, materials and form, one submission. */
export const packageScreens: readonly Screen[] = [
  'guide',
  'identify',
  'situations',
  'materials',
  'form',
  'slot',
  'commitment',
  'sign',
  'check',
  'submit',
  'confirmation',
  'evaluation',
  'takeCard',
];

/** The screens of a package for the members that apply: the slot page only when a book item is among them. */
export function packageScreensFor(memberFlows: readonly FlowKind[]): Screen[] {
  return packageScreens.filter((screen) => screen !== 'slot' || memberFlows.includes('book'));
}
