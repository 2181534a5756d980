import { Printer, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { useKiosk } from '../../context/kiosk-context.js';
import { useLocalized } from '../../i18n/use-localized.js';
import { usePrintJob } from '../../printing/use-print-job.js';

/**
 * 打印证照 on a case found by progress lookup: the certificate a citizen could not take away (the paper ran
 * out, they left) printed again here, at any kiosk. Main prints it only for a case this session found — by the
 * ID card, or by the number and the query code from the receipt (electron/services/identity).
 */
export function ReprintCertificate({ caseNumber }: { caseNumber: string }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { client } = useKiosk();
  const job = usePrintJob();
  const [fetchFailed, setFetchFailed] = useState(false);
  const print = async () => {
    setFetchFailed(false);
    const document = await client.call('documents.certificate', { caseNumber });
    if (!document.ok) return setFetchFailed(true);
    await job.print(document.value);
  };
  const state = job.state;
  const status = fetchFailed ? 'failed' : state.phase;
  return (
    <div className="k-case__reprint" data-reprint={caseNumber} data-reprint-status={status}>
      {state.phase === 'idle' && !fetchFailed ? (
        <Button
          variant="primary"
          onClick={() => void print()}
          icon={<Printer className="k-icon" />}
          data-action="reprint"
        >
          {t('services.progress.reprint')}
        </Button>
      ) : null}
      {state.phase === 'printing' ? <p role="status">{t('services.progress.reprinting')}</p> : null}
      {state.phase === 'done' ? <p role="status">{t('services.progress.reprinted')}</p> : null}
      {state.phase === 'failed' || fetchFailed ? (
        <>
          <p role="alert">
            {state.phase === 'failed'
              ? t('services.progress.reprintFailed', { reason: l(state.message) })
              : t('services.progress.reprintUnavailable')}
          </p>
          <Button onClick={() => void print()} icon={<RotateCcw className="k-icon" />} data-action="reprint">
            {t('services.progress.reprint')}
          </Button>
        </>
      ) : null}
    </div>
  );
}
