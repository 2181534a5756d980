/** Mainland China mobile numbers: 11 digits starting 13–19. */
export function isMainlandMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value.trim());
}

/** Why a text is not a mainland mobile number, so the citizen is told what to fix (never echoing it). */
export type MobileProblem =
  | { readonly kind: 'notDigits' }
  | { readonly kind: 'landline' }
  | { readonly kind: 'length'; readonly digits: number }
  | { readonly kind: 'prefix' };

export function mobileProblem(value: string): MobileProblem | undefined {
  const text = value.trim();
  if (isMainlandMobile(text)) return undefined;
  if (!/^\d+$/.test(text)) return { kind: 'notDigits' };
  // An area code ("0353…") starts every landline number.
  if (text.startsWith('0')) return { kind: 'landline' };
  if (text.length !== 11) return { kind: 'length', digits: text.length };
  return { kind: 'prefix' };
}

/** "13912345678" → "139****5678". */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '*'.repeat(phone.length);
}
