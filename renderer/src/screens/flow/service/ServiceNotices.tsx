import { Printer, PrinterCheck, PrinterX, RotateCcw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button.js';
import { Notice } from '../../../components/Notice.js';
import { useLocalized } from '../../../i18n/use-localized.js';
import type { PrintJobState } from '../../../printing/use-print-job.js';
import { type ServiceContext, type ServiceFailureCode, serviceProblem } from './service-problems.js';

/** A failed platform call in plain words, with the way on (重试 in the action bar where it may help, see RetryAction). */
export function ServiceProblemNotice({ context, code }: { context: ServiceContext; code: ServiceFailureCode }) {
  const { t } = useTranslation();
  const problem = serviceProblem(context, code);
  return (
    <div className="k-svc-problem" data-problem={problem.name} data-code={code}>
      <Notice tone="warning" title={t(`service.problem.${problem.name}.title`)}>
        <p>{t(`service.problem.${problem.name}.body`)}</p>
      </Notice>
    </div>
  );
}

/** Said once on a page in English mode when some of what the platform returned had no English (see i18n/platform-text.ts). */
export function PlatformChineseNote({ show }: { show: boolean }) {
  const { t } = useTranslation();
  return show ? (
    <p className="k-svc-note" data-platform-chinese>
      {t('service.platformChinese')}
    </p>
  ) : null;
}

/** 重试 for the action bar, when trying again may help (the platform was unreachable). */
export function RetryAction({
  context,
  code,
  onRetry,
}: {
  context: ServiceContext;
  code: ServiceFailureCode | undefined;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  if (!code || !serviceProblem(context, code).retry) return null;
  return (
    <Button variant="primary" onClick={onRetry} icon={<RotateCcw className="k-icon" />} data-action="retry">
      {t('common.retry')}
    </Button>
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
 * with the way on — the document is kept, staff can fix the printer, and 重新打印 (PrintActions) prints the same
 * one again.
 */
export function PrintStatus({ state, what }: { state: PrintJobState; what: string }) {
  const { t } = useTranslation();
  const l = useLocalized();
  switch (state.phase) {
    case 'idle':
      return null;
    case 'printing':
      return (
        <div className="k-svc-printing" role="status" aria-live="polite" data-print="printing">
          <Printer className="k-icon k-svc-printing__icon k-svc-printing__icon--moving" aria-hidden="true" />
          <p>{t('service.print.printing', { what })}</p>
        </div>
      );
    case 'done':
      return (
        <div className="k-svc-printing" data-print="done">
          <PrinterCheck className="k-icon k-svc-printing__icon k-svc-printing__icon--done" aria-hidden="true" />
          <Notice tone="success" title={t('service.print.doneTitle')}>
            <p>{t('service.print.doneBody', { what })}</p>
          </Notice>
        </div>
      );
    case 'failed':
      return (
        <div className="k-svc-printing" data-print="failed" data-code={state.code}>
          <PrinterX className="k-icon k-svc-printing__icon k-svc-printing__icon--failed" aria-hidden="true" />
          <Notice tone="warning" title={l(state.message)}>
            <p>{t('service.print.failedKept', { what })}</p>
          </Notice>
        </div>
      );
  }
}

/**
 * The action bar of a page that prints: nothing while printing; 继续 when done; after a fault 重新打印 (primary)
 * and 暂不打印，继续 — the citizen is never stuck at a broken printer.
 */
export function PrintActions({
  state,
  onRetry,
  onContinue,
}: {
  state: PrintJobState;
  onRetry: () => void;
  onContinue: () => void;
}) {
  const { t } = useTranslation();
  if (state.phase === 'done') {
    return (
      <Button variant="primary" onClick={onContinue} data-action="continue">
        {t('common.continue')}
      </Button>
    );
  }
  if (state.phase !== 'failed') return null;
  return (
    <>
      <Button onClick={onContinue} data-action="skip-print">
        {t('service.print.skip')}
      </Button>
      <Button variant="primary" onClick={onRetry} icon={<RotateCcw className="k-icon" />} data-action="retry-print">
        {t('service.print.retry')}
      </Button>
    </>
  );
}
