import { RotateCcw } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenderedDocumentReply } from '../../../../shared/contract/documents.js';
import { Button } from '../../components/Button.js';
import { useKiosk } from '../../context/kiosk-context.js';
import { usePrintJob } from '../../printing/use-print-job.js';
import { PrintStatus } from '../flow/service/ServiceNotices.js';

/**
 * The complaint's receipt (投诉建议回执) printed by itself on the receipt printer as the number is shown, so the
 * citizen takes the number away instead of having to write it down. If it cannot print, the page says to note
 * the number, and 重新打印 tries again.
 */
export function ComplaintReceipt({ complaintNumber }: { complaintNumber: string }) {
  const { t } = useTranslation();
  const { client } = useKiosk();
  const job = usePrintJob();
  const { print } = job;
  const [slip, setSlip] = useState<RenderedDocumentReply | undefined>();
  const [unavailable, setUnavailable] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void client.call('documents.complaintSlip', { complaintNumber }).then((reply) => {
      if (!reply.ok) return setUnavailable(true);
      setSlip(reply.value);
      void print(reply.value);
    });
  }, [client, complaintNumber, print]);

  const failed = unavailable || job.state.phase === 'failed';
  return (
    <div className="k-complaint-receipt" data-complaint-receipt={unavailable ? 'unavailable' : job.state.phase}>
      <PrintStatus state={job.state} what={t('services.complaint.receipt')} />
      {failed ? <p className="k-hint">{t('services.complaint.noteNumber')}</p> : null}
      {slip && job.state.phase === 'failed' ? (
        <Button onClick={() => void print(slip)} icon={<RotateCcw className="k-icon" />} data-action="retry-print">
          {t('service.print.retry')}
        </Button>
      ) : null}
    </div>
  );
}
