/**
 * A GB18030 encoder. Chinese receipt printers take text in GB18030 (GB 2312 / GBK for common characters);
 * TextEncoder only does UTF-8, and rather than a dependency we build the table once from the platform's own
 * GB18030 decoder (WHATWG Encoding, present in Node's and Chromium's ICU): every two-byte code and every
 * four-byte code of the Basic Multilingual Plane is decoded once and inverted. Supplementary-plane characters
 * follow the standard's linear four-byte formula. Unmappable input (lone surrogates) becomes "?".
 */
let table: Map<number, number> | undefined;

function buildTable(): Map<number, number> {
  const decoder = new TextDecoder('gb18030');
  const map = new Map<number, number>();
  // Four-byte BMP codes first, so two-byte codes (the ones printers know best) win where both exist.
  const four: number[] = [];
  const fourCodes: number[] = [];
  for (let b1 = 0x81; b1 <= 0x84; b1 += 1)
    for (let b2 = 0x30; b2 <= 0x39; b2 += 1)
      for (let b3 = 0x81; b3 <= 0xfe; b3 += 1)
        for (let b4 = 0x30; b4 <= 0x39; b4 += 1) {
          four.push(b1, b2, b3, b4);
          fourCodes.push(((b1 << 24) | (b2 << 16) | (b3 << 8) | b4) >>> 0);
        }
  const fourText = decoder.decode(Uint8Array.from(four));
  if (fourText.length === fourCodes.length) {
    for (let i = 0; i < fourText.length; i += 1) {
      const unit = fourText.charCodeAt(i);
      if (unit !== 0xfffd) map.set(unit, fourCodes[i]!);
    }
  }
  const two: number[] = [];
  const twoCodes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      two.push(lead, trail);
      twoCodes.push((lead << 8) | trail);
    }
  const twoText = decoder.decode(Uint8Array.from(two));
  if (twoText.length !== twoCodes.length) throw new Error('the platform GB18030 decoder is not usable');
  for (let i = 0; i < twoText.length; i += 1) {
    const unit = twoText.charCodeAt(i);
    if (unit !== 0xfffd) map.set(unit, twoCodes[i]!);
  }
  return map;
}

export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    if (cp >= 0x10000) {
      let linear = cp - 0x10000;
      const b4 = 0x30 + (linear % 10);
      linear = Math.floor(linear / 10);
      const b3 = 0x81 + (linear % 126);
      linear = Math.floor(linear / 126);
      const b2 = 0x30 + (linear % 10);
      const b1 = 0x90 + Math.floor(linear / 10);
      out.push(b1, b2, b3, b4);
      continue;
    }
    const code = table.get(cp);
    if (code === undefined) out.push(0x3f);
    else if (code > 0xffff) out.push(code >>> 24, (code >>> 16) & 0xff, (code >>> 8) & 0xff, code & 0xff);
    else out.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(out);
}
