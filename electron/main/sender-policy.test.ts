import { describe, expect, it } from 'vitest';
import { checkSender } from './sender-policy.js';

const trusted = { webContentsId: 7, origin: 'app://kiosk' };
const good = { webContentsId: 7, isMainFrame: true, frameUrl: 'app://kiosk/index.html#/home' };

describe('checkSender', () => {
  it('trusts the main frame of our window on our origin', () => {
    expect(checkSender(good, trusted)).toBeUndefined();
  });
  it.each([
    ['another window', { ...good, webContentsId: 8 }, 'another window'],
    ['a sub-frame', { ...good, isMainFrame: false }, 'sub-frame'],
    ['a destroyed frame', { ...good, isMainFrame: null, frameUrl: null }, 'sub-frame'],
    ['a foreign origin', { ...good, frameUrl: 'https://example.com/' }, 'foreign origin'],
    ['a lookalike host', { ...good, frameUrl: 'app://kiosk.evil/index.html' }, 'foreign origin'],
    ['file://', { ...good, frameUrl: 'file:///etc/passwd' }, 'foreign origin'],
    ['an unparseable URL', { ...good, frameUrl: '::::' }, 'unparseable'],
  ])('refuses %s', (_label, facts, reason) => {
    expect(checkSender(facts, trusted)).toContain(reason);
  });
  it('refuses everything before the window exists', () => {
    expect(checkSender(good, undefined)).toContain('not ready');
  });
});
