/**
 * Last line of defence for logs: code never logs personal data on purpose, but a message built from an
 * error or a device frame might carry some. Resident ID numbers, mainland mobile numbers and long digit
 * runs (bank cards, case numbers tied to a person) are masked before a line is written — also when typed
 * in full-width digits or split by spaces or dashes ("138 0013 8000", "140202-19900307-1234").
 */
const idNumber = /^[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX]$/;
const mobile = /^1[3-9]\d{9}$/;

/** A run of digits, possibly in groups joined by one space or dash, and an ID number's final X. */
const digitRun = /(?<![0-9A-Za-z])\d(?:[ \-‐-―]?\d)*(?:[ \-‐-―]?[Xx])?(?![0-9A-Za-z])/g;

/** Full-width digits and X (０-９, Ｘ) as their ASCII forms, so the patterns see them. */
function narrowDigits(text: string): string {
  return text.replace(/[０-９Ｘｘ]/g, (c) =>
    c === 'Ｘ' || c === 'ｘ' ? 'X' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

function mask(run: string): string {
  const digits = run.replace(/[^\dXx]/g, '').toUpperCase();
  if (idNumber.test(digits)) return '[id]';
  if (mobile.test(digits)) return '[phone]';
  // Unbroken long runs (a card number); grouped ones that are neither are dates, times and local numbers.
  if (digits === run && digits.length >= 12 && /^\d+$/.test(digits)) return '[digits]';
  return run;
}

export function redact(text: string): string {
  return narrowDigits(text).replace(digitRun, mask);
}
