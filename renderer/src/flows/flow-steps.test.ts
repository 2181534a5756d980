import { describe, expect, it } from 'vitest';
import type { Situation } from '../../../shared/catalog/schema.js';
import { situationPages } from './flow-steps.js';

const question = (id: string, options: number, extra: Partial<Situation> = {}): Situation => ({
  id,
  question: { 'zh-CN': id, en: id },
  options: Array.from({ length: options }, (_, i) => ({ value: `v${i}`, label: { 'zh-CN': `${i}`, en: `${i}` } })),
  ...extra,
});
const ids = (pages: readonly (readonly Situation[])[]) => pages.map((p) => p.map((q) => q.id).join('+'));

describe('situation questions on pages', () => {
  it('two short questions share a page; a third starts the next', () => {
    const all = [question('a', 2), question('b', 2), question('c', 2)];
    expect(ids(situationPages(all, all))).toEqual(['a+b', 'c']);
  });

  it('no more than five choices on a shared page', () => {
    const all = [question('a', 3), question('b', 3), question('c', 2)];
    expect(ids(situationPages(all, all))).toEqual(['a', 'b+c']);
  });

  it('a question that depends on an answer has a page of its own, and so does the one after it when it may appear', () => {
    const a = question('a', 2);
    const b = question('b', 2, { when: [{ question: 'a', in: ['v0'] }] });
    const c = question('c', 2);
    // Before a is answered b does not apply, yet a and c stay apart: the pages do not reshuffle when b comes in.
    expect(ids(situationPages([a, b, c], [a, c]))).toEqual(['a', 'c']);
    expect(ids(situationPages([a, b, c], [a, b, c]))).toEqual(['a', 'b', 'c']);
  });

  it('a question the kiosk answers itself does not keep its neighbours apart', () => {
    const known = question('k', 2, { answeredBy: { record: 'business.licensed', map: { yes: 'v0' } } });
    const all = [question('a', 3), known, question('b', 2)];
    expect(ids(situationPages(all, [all[0] as Situation, all[2] as Situation]))).toEqual(['a+b']);
  });
});
