import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from './gb18030.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('GB18030 encoder', () => {
  it('encodes ASCII as itself and common Chinese as GB 2312 double bytes', () => {
    expect(hex(encodeGb18030('A1'))).toBe('4131');
    expect(hex(encodeGb18030('中文'))).toBe('d6d0cec4');
    expect(hex(encodeGb18030('受理回执'))).toBe('cadcc0edbbd8d6b4');
    expect(hex(encodeGb18030('，'))).toBe('a3ac');
  });

  it('uses four-byte codes outside GBK, including the supplementary planes', () => {
    expect(hex(encodeGb18030('\u0080'))).toBe('81308130');
    expect(hex(encodeGb18030('𠀀'))).toBe('95328236'); // U+20000
  });

  it('round-trips through the platform decoder', () => {
    const text = '阳泉市郊区政务服务中心 办件编号：YQ-2026-0001 ¥12.50 䶮';
    expect(new TextDecoder('gb18030').decode(encodeGb18030(text))).toBe(text);
  });

  it('turns a lone surrogate into a question mark', () => {
    expect(hex(encodeGb18030('a\ud800b'))).toBe('613f62');
  });
});
