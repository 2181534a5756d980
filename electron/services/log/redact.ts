/**
 * Last line of defence for logs: code never logs personal data on purpose, but a message built from an
 * error or a device frame might carry some. Resident ID numbers, mainland mobile numbers and long digit
 * runs (bank cards, case numbers tied to a person) are masked before a line is written.
 */
const idNumber =
  /(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const mobile = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const longDigits = /(?<!\d)\d{12,}(?!\d)/g;

export function redact(text: string): string {
  return text.replace(idNumber, '[id]').replace(mobile, '[phone]').replace(longDigits, '[digits]');
}
