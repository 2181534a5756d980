import { describe, expect, it } from 'vitest';
import { describeFatal, fatalPageUrl } from './fatal-error.js';

describe('fatal start-up errors', () => {
  it('shows the bilingual fallback page from a data: URL that needs no protocol and never reloads itself', () => {
    const url = fatalPageUrl();
    expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    const html = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    expect(html).toContain('服务暂时不可用');
    expect(html).toContain('Service temporarily unavailable');
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).not.toContain('<script');
  });

  it('logs what failed and where, never the message', () => {
    const error = new Error('could not open /data/张三 140202199003071234');
    const line = describeFatal(error);
    expect(line.startsWith('Error ')).toBe(true);
    expect(line).not.toContain('140202');
    expect(line).not.toContain('张三');
    expect(describeFatal('boom')).toBe('a non-error value (string)');
  });
});
