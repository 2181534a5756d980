import { Printer } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionRecord } from '../../../../shared/contract/admin-devices.js';
import { checkNames } from '../../../../shared/contract/admin-devices.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { useConsoleCall } from '../admin-context.js';
import { ResultMark } from './ChecksSection.js';
import { notesFor } from './check-words.js';
import './checks.css';

/**
 * 巡检记录: today's latest result of each test with its time and who ran it, the tests not run, and
 * 打印巡检单, which prints the same record as an A4 sheet with a signature line on the document printer.
 */
export function InspectionSection() {
  const { t, i18n } = useTranslation();
  const call = useConsoleCall();
  const [record, setRecord] = useState<InspectionRecord>();
  const [printing, setPrinting] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'warning' | 'info'; text: string }>();

  const refresh = useCallback(async () => {
    const reply = await call('admin.checks.record', {});
    if (reply.ok) setRecord(reply.value);
  }, [call]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const print = async () => {
    setPrinting(true);
    setMessage({ tone: 'info', text: t('admin.checks.record.printing') });
    const reply = await call('admin.checks.printRecord', {});
    setPrinting(false);
    if (reply.ok)
      setMessage({ tone: 'success', text: t('admin.checks.record.printed', { count: reply.value.checks }) });
    else if (reply.error.code === 'nothingToPrint')
      setMessage({ tone: 'warning', text: t('admin.checks.record.nothingToPrint') });
    else setMessage({ tone: 'warning', text: t('admin.checks.callFailed', { code: reply.error.code }) });
  };

  const entries = new Map(record?.entries.map((e) => [e.check, e]));
  const shown = checkNames.filter((c) => entries.has(c) || record?.missing.includes(c));
  const passed = record?.entries.filter((e) => e.ok).length ?? 0;
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit', hour12: false });

  return (
    <section className="k-admin-page k-checks" data-admin-page="inspection">
      <h2 id="k-admin-section-title" className="k-admin-page__title">
        {t('admin.checks.record.heading', { day: record?.day ?? '' })}
      </h2>
      <p className="k-checks__summary" data-inspection-summary>
        {record
          ? t('admin.checks.record.summary', {
              total: shown.length,
              passed,
              failed: record.entries.length - passed,
              missing: record.missing.length,
            })
          : null}
      </p>
      <table className="k-admin-table k-checks__table">
        <thead>
          <tr>
            <th scope="col">{t('admin.checks.record.columns.check')}</th>
            <th scope="col">{t('admin.checks.record.columns.result')}</th>
            <th scope="col">{t('admin.checks.record.columns.time')}</th>
            <th scope="col">{t('admin.checks.record.columns.notes')}</th>
            <th scope="col">{t('admin.checks.record.columns.who')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((check) => {
            const entry = entries.get(check);
            return (
              <tr key={check} data-record-check={check}>
                <th scope="row">{t(`admin.checks.names.${check}`)}</th>
                <td>{entry ? <ResultMark ok={entry.ok} /> : t('admin.checks.record.notRun')}</td>
                <td>{entry ? time(entry.at) : '—'}</td>
                <td className="k-checks__note">{entry ? notesFor(t, i18n.language, entry) : ''}</td>
                <td>{entry ? `${entry.maskedName ?? ''} ${entry.enrolmentId}` : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div aria-live="polite">{message ? <Notice tone={message.tone}>{message.text}</Notice> : null}</div>
      <div className="k-admin-actions">
        <Button
          variant="primary"
          icon={<Printer className="k-icon" />}
          disabled={printing}
          onClick={() => void print()}
          data-action="print-inspection"
        >
          {t('admin.checks.record.print')}
        </Button>
      </div>
    </section>
  );
}
