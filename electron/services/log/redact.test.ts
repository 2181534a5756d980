import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

// Invented numbers in the shapes of real ones (the ID number's check digit is not checked here).
describe('log redaction', () => {
  it.each([
    ['ID number', 'card 140202199003071234 read', 'card [id] read'],
    ['ID number ending in X', 'id=14020219900307123X;', 'id=[id];'],
    ['spaced ID number', 'holder 140202 19900307 1234', 'holder [id]'],
    ['dashed ID number', 'holder 140202-19900307-123x', 'holder [id]'],
    ['full-width ID number', '证件号１４０２０２１９９００３０７１２３４', '证件号[id]'],
    ['mobile', 'call 13800138000.', 'call [phone].'],
    ['spaced mobile', 'tel 138 0013 8000', 'tel [phone]'],
    ['dashed mobile', 'tel 138-0013-8000', 'tel [phone]'],
    ['full-width mobile', '电话１３８００１３８０００', '电话[phone]'],
    ['card number', 'pan 6222021234567890123', 'pan [digits]'],
  ])('masks a %s', (_label, line, expected) => {
    expect(redact(line)).toBe(expected);
  });

  it.each([
    'at 2026-12-03 06:16:56 took 245 ms',
    'outbox: DEMO-0001-20261203-0007 delivered',
    'serial 0403:6001 on /dev/ttyUSB0',
    'job kiosk-pdf-12 done, 3 pages',
  ])('leaves ordinary numbers alone: %s', (line) => {
    expect(redact(line)).toBe(line);
  });
});
