import { describe, expect, it } from 'vitest';
import { en } from '../../../i18n/locales/en.js';
import { zhCN } from '../../../i18n/locales/zh-CN.js';
import { type ServiceContext, type ServiceFailureCode, serviceProblem } from './service-problems.js';

const contexts: ServiceContext[] = ['printout', 'record', 'bill', 'payment', 'receipt', 'slots', 'booking', 'certify'];
const codes: ServiceFailureCode[] = [
  'noSlots',
  'unavailable',
  'internalError',
  'notFound',
  'notAllowed',
  'slotFull',
  'badSignature',
  'invalidRequest',
  'invalidChoices',
  // The wire carries any string: a code a newer backend sends still gets words.
  'somethingNew' as ServiceFailureCode,
];

describe('service problems', () => {
  it('every context and code has words with a title and a next step in both languages', () => {
    for (const context of contexts) {
      for (const code of codes) {
        const problem = serviceProblem(context, code);
        for (const messages of [zhCN, en]) {
          const words = (messages.service.problem as Record<string, { title: string; body: string }>)[problem.name];
          expect(words?.title, `${context}/${code}`).toBeTruthy();
          expect(words?.body, `${context}/${code}`).toBeTruthy();
        }
      }
    }
  });
  it('offers a retry only where the platform was unreachable, and re-entry for a wrong number', () => {
    expect(serviceProblem('record', 'unavailable')).toMatchObject({ retry: true });
    expect(serviceProblem('bill', 'notFound')).toMatchObject({ name: 'billNotFound', reenter: true, retry: false });
    expect(serviceProblem('printout', 'notFound')).toMatchObject({ name: 'noRecord', retry: false });
    expect(serviceProblem('printout', 'invalidChoices')).toMatchObject({
      name: 'invalidChoices',
      reenter: true,
      retry: false,
    });
  });
});
