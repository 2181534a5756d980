import type { z } from 'zod';
import type { verifyOutcomeSchema } from '../../../../shared/contract/documents.js';
import type { CallErrorCode } from '../../../../shared/contract/index.js';
import { chinaDateTime, chinaIsoDate, chinaLongDate } from '../../../../shared/platform/china-time.js';
import { caseNumberSchema, localNumberSchema, verificationCodeSchema } from '../../../../shared/platform/common.js';
import type { CaseProgress, CaseStatus, ProgressQuery } from '../../../../shared/platform/submission.js';
import { platformText } from '../../i18n/platform-text.js';

type VerifyOutcome = z.infer<typeof verifyOutcomeSchema>;

/** Longest number a citizen can type: local acceptance numbers are the longest (up to 64 characters). */
export const NUMBER_MAX_LENGTH = 40;
/** A query code typed with or without its hyphens. */
export const CODE_MAX_LENGTH = 14;

/** What a citizen typed as the case number (办件编号) or local number (本机受理号): upper case, no spaces. */
export function normalizeNumber(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/**
 * A query code (查询验证码) as typed: upper case, hyphens and spaces ignored, and the letters Crockford base32
 * leaves out read as what they look like (I and L as 1, O as 0), so "7k3q m2xd 94pa" finds 7K3Q-M2XD-94PA.
 */
export function normalizeQueryCode(text: string): string {
  const plain = text
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  return plain.length === 12 ? `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}` : plain;
}

/** A query code as it is being typed, shown in the receipt's groups of four: "7K3QM2" → "7K3Q-M2". */
export function groupCode(text: string): string {
  const plain = text.toUpperCase().replace(/[\s-]+/g, '');
  return (plain.match(/.{1,4}/g) ?? []).join('-');
}

export type NumberProblem = 'empty' | 'format';
export type CodeProblem = 'empty' | 'length' | 'format';

export function numberProblem(text: string): NumberProblem | undefined {
  const number = normalizeNumber(text);
  if (number === '') return 'empty';
  return caseNumberSchema.safeParse(number).success || localNumberSchema.safeParse(number).success
    ? undefined
    : 'format';
}

export function codeProblem(text: string): CodeProblem | undefined {
  const code = normalizeQueryCode(text);
  if (code === '') return 'empty';
  if (code.replace(/-/g, '').length !== 12) return 'length';
  return verificationCodeSchema.safeParse(code).success ? undefined : 'format';
}

/**
 * The lookups a typed number and code lead to, in order: as a case number first (what the receipt prints in
 * bold), then as this kiosk's local acceptance number (printed when the platform was offline).
 */
export function typedQueries(numberText: string, codeText: string): ProgressQuery[] {
  const number = normalizeNumber(numberText);
  const queryCode = normalizeQueryCode(codeText);
  const queries: ProgressQuery[] = [];
  if (caseNumberSchema.safeParse(number).success) queries.push({ by: 'caseNumber', caseNumber: number, queryCode });
  if (localNumberSchema.safeParse(number).success)
    queries.push({ by: 'localNumber', localAcceptanceNumber: number, queryCode });
  return queries;
}

/** An application saved at this kiosk and not yet delivered (the platform was offline). */
export interface QueuedApplication {
  readonly localNumber: string;
  readonly title: string;
  readonly savedAt: string;
}

/** One row of the results: a case the platform knows, or an application still waiting here. */
export type ProgressEntry =
  | { readonly kind: 'case'; readonly progress: CaseProgress }
  | { readonly kind: 'queued'; readonly queued: QueuedApplication };

export function progressEntries(cases: readonly CaseProgress[], queued: readonly QueuedApplication[]): ProgressEntry[] {
  return [
    ...queued.map((q): ProgressEntry => ({ kind: 'queued', queued: q })),
    ...cases.map((c): ProgressEntry => ({ kind: 'case', progress: c })),
  ];
}

export function entryKey(entry: ProgressEntry): string {
  return entry.kind === 'case' ? `case:${entry.progress.caseNumber}` : `queued:${entry.queued.localNumber}`;
}

/** Why a lookup found nothing to show, in the citizen's terms (each has its own words and next step). */
export type LookupProblem =
  /** Number and code do not match a case (or the code is wrong). */
  | 'notFound'
  /** The ID card's holder has no cases on the platform. */
  | 'noCases'
  /** The platform cannot be reached and nothing is waiting here. */
  | 'unavailable'
  /** A QR code that is a certificate's, not a receipt's. */
  | 'certificateCode'
  /** A QR code that is not from a receipt at all. */
  | 'notReceipt'
  /** An e-ID code the platform does not know, or a damaged one. */
  | 'eIdNotRecognised'
  /** An e-ID code past its few minutes, or used already: the phone shows a fresh one. */
  | 'eIdStale'
  /** Anything else (a bug or an unexpected answer). */
  | 'failed';

/** How a progress lookup fails: case.progress's codes (a receipt's check in documents.verify passes them on as its reason). */
export type LookupErrorCode = CallErrorCode<'case.progress'>;

export function problemOfError(code: LookupErrorCode, by: 'typed' | 'idCard' | 'scan'): LookupProblem {
  if (code === 'notFound' || code === 'invalidRequest') return by === 'idCard' ? 'noCases' : 'notFound';
  if (code === 'unavailable' || code === 'badResponse' || code === 'unauthorized') return 'unavailable';
  return 'failed';
}

/** Why an e-ID code found nobody, as the progress page says it. */
export function eIdLookupProblem(code: CallErrorCode<'identity.verifyEId'>): LookupProblem {
  if (code === 'notFound' || code === 'invalidRequest') return 'eIdNotRecognised';
  if (code === 'expired' || code === 'alreadyUsed') return 'eIdStale';
  return problemOfError(code, 'idCard');
}

/** A payment receipt or an appointment slip held to the scanner: what the platform holds for it. */
export type SlipCheck = Extract<VerifyOutcome, { kind: 'payment' | 'booking' }>;

/** What a scanned code leads to. */
export type ScanResult =
  | { readonly kind: 'found'; readonly progress: CaseProgress }
  | { readonly kind: 'queued' }
  | { readonly kind: 'slip'; readonly slip: SlipCheck }
  | { readonly kind: 'problem'; readonly problem: LookupProblem };

export function scanResult(outcome: VerifyOutcome): ScanResult {
  if (outcome.kind === 'certificate') return { kind: 'problem', problem: 'certificateCode' };
  if (outcome.kind === 'unknown') return { kind: 'problem', problem: 'notReceipt' };
  if (outcome.kind === 'payment' || outcome.kind === 'booking') return { kind: 'slip', slip: outcome };
  if (outcome.queuedHere) return { kind: 'queued' };
  if (outcome.valid && outcome.progress) return { kind: 'found', progress: outcome.progress };
  // A receipt's reason is the code case.progress answered with (electron/services/documents verifyReceipt).
  return {
    kind: 'problem',
    problem: problemOfError((outcome.reason as LookupErrorCode | undefined) ?? 'notFound', 'scan'),
  };
}

/** Status words are the national 好差评 / 一网通办 terms; each status has its own icon too (never colour alone). */
export const statusKeys: Record<CaseStatus, string> = {
  accepted: 'services.progress.status.accepted',
  inReview: 'services.progress.status.inReview',
  approved: 'services.progress.status.approved',
  returned: 'services.progress.status.returned',
};

/** A promised date as the citizen reads it, in China time: "2026年01月22日" or "2026-01-22". */
export function dateText(iso: string, locale: 'zh-CN' | 'en'): string {
  return locale === 'en' ? chinaIsoDate(Date.parse(iso)) : chinaLongDate(Date.parse(iso));
}

/** A moment in the timeline, in China time: "2026-01-15 10:30". */
export function dateTimeText(iso: string): string {
  return chinaDateTime(Date.parse(iso));
}

/** The words for a checked slip (services.progress.slip.<key>) and their values; amounts and times as the citizen reads them. */
export function slipWords(
  slip: SlipCheck,
  locale: 'zh-CN' | 'en',
): { readonly key: string; readonly values: Record<string, string> } {
  // Offline the kiosk can only say whether it printed the slip itself.
  if (slip.online === 'unreachable') return { key: slip.valid ? 'printedHereOffline' : 'unreachable', values: {} };
  if (slip.kind === 'payment') {
    if (!slip.valid) return { key: 'paymentNotPaid', values: {} };
    return {
      key: 'paymentPaid',
      values: { amount: ((slip.amountFen ?? 0) / 100).toFixed(2), when: slip.paidAt ? dateTimeText(slip.paidAt) : '' },
    };
  }
  if (!slip.valid) return { key: 'bookingCancelled', values: {} };
  return {
    key: 'bookingBooked',
    values: {
      date: slip.date ? dateText(slip.date, locale) : '',
      time: `${slip.start ?? ''}–${slip.end ?? ''}`,
      place: platformText(locale, slip.location ?? '', slip.locationEn),
    },
  };
}
