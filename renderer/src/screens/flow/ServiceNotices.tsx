import { Printer } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { useLocalized } from '../../i18n/use-localized.js';
import type { PrintJobState } from '../../printing/use-print-job.js';
import { type ServiceContext, serviceProblem } from './service-problems.js';

/** A failed platform call in plain words, with the way on: 重试 where it may help, else what to do instead. */
export function ServiceProblemNotice({ context, code, onRetry }: { context: ServiceContext; code: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = serviceProblem(context, code);
  return (
    <div className="k-svc-problem" data-problem={problem.name} data-code={code}>
      <Notice tone="warning" title={t(`service.problem.${problem.name}.title`)}>
        <p>{t(`service.problem.${problem.name}.body`)}</p>
      </Notice>
      {problem.retry && onRetry ? (
        <Button variant="primary" onClick={onRetry} data-action="retry">
          {t('common.retry')}
        </Button>
      ) : null}
    </div>
  );
}

/** Waiting for the platform: one line, announced politely. */
export function LoadingNotice({ text }: { text: string }) {
  return (
    <div className="k-svc-loading" role="status" aria-live="polite" data-loading="true">
      <span className="k-svc-spinner" aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}

/**
 * What the printer is doing, for every print of the service flows: printing, done (take the paper), or why not
 * with the way on — the document is kept, staff can fix the printer, and 重新打印 prints the same one again.
 */
export function PrintStatus({ state, onRetry, what }: { state: PrintJobState; onRetry: () => void; what: string }) {
  const { t } = useTranslation();
  const l = useLocalized();
  switch (state.phase) {
    case 'idle':
      return null;
    case 'printing':
      return (
        <div className="k-svc-printing" role="status" aria-live="polite" data-print="printing">
          <Printer className="k-icon k-svc-printing__icon" aria-hidden="true" />
          <p>{t('service.print.printing', { what })}</p>
        </div>
      );
    case 'done':
      return (
        <div data-print="done">
          <Notice tone="success" title={t('service.print.doneTitle')}>
            <p>{t('service.print.doneBody', { what })}</p>
          </Notice>
        </div>
      );
    case 'failed':
      return (
        <div className="k-svc-problem" data-print="failed" data-code={state.code}>
          <Notice tone="warning" title={t('service.print.failedTitle')}>
            <p className="k-svc-strong">{l(state.message)}</p>
            <p>{t('service.print.failedKept', { what })}</p>
          </Notice>
          <Button variant="primary" onClick={onRetry} data-action="retry-print">
            {t('service.print.retry')}
          </Button>
        </div>
      );
  }
}
