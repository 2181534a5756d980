import { describe, expect, it } from 'vitest';
import { codeKind, photoState } from './checks-service.js';

describe('what a device test keeps of what it read', () => {
  it('a scanned code is known by its kind only', () => {
    expect(codeKind('13800138000')).toBe('digits');
    expect(codeKind('https://zwfw.example.cn/verify?c=1')).toBe('url');
    expect(codeKind('EID:abc-123_XYZ=')).toBe('letters');
    expect(codeKind('张三 13800138000')).toBe('text');
  });

  it('a card photo counts as decoded only when it is the image its type says', () => {
    const bmp = Buffer.from([0x42, 0x4d, 0, 0, 0, 0, 0, 0]).toString('base64');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64');
    expect(photoState(undefined)).toBe('absent');
    expect(photoState({ mime: 'image/bmp', base64: bmp })).toBe('decoded');
    expect(photoState({ mime: 'image/png', base64: png })).toBe('decoded');
    expect(photoState({ mime: 'image/png', base64: bmp })).toBe('undecodable');
    expect(photoState({ mime: 'image/bmp', base64: 'AAAAAAAA' })).toBe('undecodable');
  });
});
