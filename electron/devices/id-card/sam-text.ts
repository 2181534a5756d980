import { type IdCard, nationCode, nationName } from '../../../shared/devices/id-card.js';
import { checkIdNumber } from '../../../shared/validation/id-number.js';

/**
 * The 256-byte text block of a resident ID card read (SAM 30 01), UCS-2 little-endian, fields padded with
 * spaces: name 15 chars, gender 1, nation 2, birth date 8, address 35, ID number 18, issuing authority 15,
 * valid from 8, valid to 8 ("长期" for no expiry), then reserved space; char 124 marks the card type
 * (' ' resident ID, 'J' Hong Kong / Macau / Taiwan residence permit, 'I' foreign permanent residence card).
 */
export const TEXT_BYTES = 256;
export const PHOTO_BYTES = 1024;

const fields = [
  ['name', 15],
  ['gender', 1],
  ['nation', 2],
  ['birthDate', 8],
  ['address', 35],
  ['idNumber', 18],
  ['issuingAuthority', 15],
  ['validFrom', 8],
  ['validTo', 8],
] as const;
const CARD_TYPE_CHAR = 124;

type FieldName = (typeof fields)[number][0];

export type TextProblem = 'unsupportedCard' | 'invalidIdNumber' | 'badText';

export type DecodedText =
  | { readonly ok: true; readonly card: Omit<IdCard, 'photo'> }
  | { readonly ok: false; readonly problem: TextProblem; readonly detail: string };

function ucs2(bytes: Uint8Array, fromChar: number, chars: number): string {
  let out = '';
  for (let i = 0; i < chars; i += 1) {
    const at = (fromChar + i) * 2;
    out += String.fromCharCode((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8));
  }
  return out.replace(/[\u0000\s]+$/u, '').replace(/^\s+/u, '');
}

const genders: Record<string, IdCard['gender']> = { '1': '男', '2': '女', '0': '未知', '9': '未知' };

/** Decodes and checks the text block. The details name fields and problems, never values (they are personal). */
export function decodeIdText(text: Uint8Array, today?: Date): DecodedText {
  if (text.length < TEXT_BYTES)
    return { ok: false, problem: 'badText', detail: `text block is ${text.length} bytes, not ${TEXT_BYTES}` };
  const typeMark = ucs2(text, CARD_TYPE_CHAR, 1);
  if (typeMark === 'I')
    return { ok: false, problem: 'unsupportedCard', detail: 'foreign permanent residence card (type I)' };
  const values = {} as Record<FieldName, string>;
  let at = 0;
  for (const [name, chars] of fields) {
    values[name] = ucs2(text, at, chars);
    at += chars;
  }
  const gender = genders[values.gender];
  if (!values.name) return { ok: false, problem: 'badText', detail: 'name is empty' };
  if (!gender) return { ok: false, problem: 'badText', detail: 'gender code is not 0/1/2/9' };
  if (!/^\d{8}$/.test(values.birthDate) || !/^\d{8}$/.test(values.validFrom))
    return { ok: false, problem: 'badText', detail: 'a date field is not YYYYMMDD' };
  if (!/^(\d{8}|长期)$/.test(values.validTo))
    return { ok: false, problem: 'badText', detail: 'valid-to is neither YYYYMMDD nor 长期' };
  const idNumber = values.idNumber.toUpperCase();
  const idProblem = checkIdNumber(idNumber, today);
  if (idProblem) return { ok: false, problem: 'invalidIdNumber', detail: `ID number failed its ${idProblem} check` };
  const cardType = typeMark === 'J' ? 'hkMacauTaiwan' : 'resident';
  const nation = cardType === 'hkMacauTaiwan' ? '' : (nationName(values.nation) ?? '');
  if (cardType === 'resident' && !nation)
    return { ok: false, problem: 'badText', detail: 'nation code is not in GB/T 3304' };
  return {
    ok: true,
    card: {
      cardType,
      name: values.name,
      gender,
      nation,
      birthDate: values.birthDate,
      address: values.address,
      idNumber,
      issuingAuthority: values.issuingAuthority,
      validFrom: values.validFrom,
      validTo: values.validTo,
    },
  };
}

export interface CardText {
  readonly name: string;
  readonly gender: '男' | '女';
  /** 民族 name ("汉"). */
  readonly nation: string;
  readonly birthDate: string;
  readonly address: string;
  readonly idNumber: string;
  readonly issuingAuthority: string;
  readonly validFrom: string;
  readonly validTo: string;
}

/** The inverse, for emulators and tests: what a card with these details holds. */
export function encodeIdText(card: CardText, typeMark = ' '): Uint8Array {
  const out = new Uint8Array(TEXT_BYTES);
  const values: Record<FieldName, string> = {
    name: card.name,
    gender: card.gender === '男' ? '1' : '2',
    nation: nationCode(card.nation) ?? '97',
    birthDate: card.birthDate,
    address: card.address,
    idNumber: card.idNumber,
    issuingAuthority: card.issuingAuthority,
    validFrom: card.validFrom,
    validTo: card.validTo,
  };
  let at = 0;
  const put = (text: string, chars: number) => {
    const padded = text.slice(0, chars).padEnd(chars, ' ');
    for (let i = 0; i < chars; i += 1) {
      const code = padded.charCodeAt(i);
      out[(at + i) * 2] = code & 0xff;
      out[(at + i) * 2 + 1] = code >> 8;
    }
    at += chars;
  };
  for (const [name, chars] of fields) put(values[name], chars);
  put(''.padEnd(CARD_TYPE_CHAR - at, ' '), CARD_TYPE_CHAR - at);
  put(typeMark, 1);
  put('', TEXT_BYTES / 2 - at);
  return out;
}
