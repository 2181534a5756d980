import { CheckCircle2, Circle, Lightbulb, MessageSquareWarning } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintAck } from '../../../../shared/platform/complaints.js';
import { maskPhone } from '../../../../shared/validation/phone.js';
import { useKiosk } from '../../context/kiosk-context.js';
import { useNavigator } from '../../context/navigator.js';
import { useRowsPerPage } from '../../context/preferences-context.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PhoneEntry } from '../../components/evaluation/PhoneEntry.js';
import { TextEntry } from '../../components/evaluation/TextEntry.js';
import { Notice } from '../../components/Notice.js';
import { Pager } from '../../components/Pager.js';
import { ScreenLayout } from '../../components/ScreenLayout.js';
import { useLocale, useLocalized } from '../../i18n/use-localized.js';
import { useSpeakOnEnter } from '../flow/steps/use-speak-on-enter.js';
import {
  COMPLAINT_MIN_CHARS,
  COMPLAINT_TEXT_MAX,
  type ComplaintDraft,
  type ComplaintPage,
  charCount,
  complaintPageProblem,
  complaintPages,
  complaintRequest,
  emptyComplaint,
  firstProblemPage,
  KIOSK_SUBJECT,
} from './complaint-logic.js';
import { ComplaintReceipt } from './ComplaintReceipt.js';
import { dateText } from './progress-logic.js';
import { type KeptKey, keyFor } from './services-logic.js';
import './services.css';

interface SubjectOption {
  readonly value: string;
  readonly label: string;
  readonly hint: string;
}

/**
 * 投诉建议: complaint or suggestion, about which department (or this kiosk), the citizen's words on the pinyin
 * keyboard, an optional phone for the answer, a check page with 修改 per row, then the platform's number and
 * the date by which it answers. Checked on 继续 only; nothing is sent before 提交.
 */
export function ComplaintScreen() {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const { client, catalog } = useKiosk();
  const navigator = useNavigator();
  const perPage = useRowsPerPage(12, 5);
  const [draft, setDraft] = useState<ComplaintDraft>(emptyComplaint);
  const [page, setPage] = useState<ComplaintPage>('kind');
  /** After 修改 on the check page, 继续 goes back there. */
  const [returnToCheck, setReturnToCheck] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [ack, setAck] = useState<ComplaintAck | undefined>();
  const [leaving, setLeaving] = useState(false);
  const kept = useRef<KeptKey | undefined>(undefined);
  const busyRef = useRef(false);

  const kind = draft.kind ?? 'complaint';
  const departmentName = (id: string) => catalog.departments.find((d) => d.id === id)?.name['zh-CN'];
  const subjectLabel = (id: string | undefined) =>
    id === KIOSK_SUBJECT
      ? t('services.complaint.kiosk')
      : l(catalog.departments.find((d) => d.id === id)?.name ?? { 'zh-CN': '', en: '' });

  const titles: Record<ComplaintPage, string> = {
    kind: t('services.complaint.kindTitle'),
    subject: t(`services.complaint.subjectTitle.${kind}`),
    text: t(`services.complaint.textTitle.${kind}`),
    phone: t('services.complaint.phoneTitle'),
    check: t(`services.complaint.checkTitle.${kind}`),
  };
  useSpeakOnEnter(ack ? t(`services.complaint.doneTitle.${kind}`) : titles[page]);

  const change = (next: Partial<ComplaintDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setError(undefined);
    setNotice(undefined);
  };

  const problemWords = (problem: NonNullable<ReturnType<typeof complaintPageProblem>>) =>
    problem === 'textEmpty'
      ? t(`services.complaint.problems.textEmpty.${kind}`)
      : t(`services.complaint.problems.${problem}`, { min: COMPLAINT_MIN_CHARS });

  async function submit() {
    const request = complaintRequest(draft, departmentName);
    if (!request) {
      const fix = firstProblemPage(draft) ?? 'kind';
      setPage(fix);
      const problem = complaintPageProblem(fix, draft);
      setError(problem ? problemWords(problem) : undefined);
      return;
    }
    if (busyRef.current) return;
    kept.current = keyFor(request, kept.current);
    busyRef.current = true;
    setBusy(true);
    setNotice(undefined);
    const reply = await client.call('complaint.submit', { ...request, idempotencyKey: kept.current.key });
    busyRef.current = false;
    setBusy(false);
    if (reply.ok) {
      setAck(reply.value);
      return;
    }
    setNotice(reply.error.code === 'unavailable' ? t('services.platformDown') : t('services.failed'));
  }

  function forward() {
    if (page === 'check') return void submit();
    const problem = complaintPageProblem(page, draft);
    if (problem) return setError(problemWords(problem));
    setError(undefined);
    if (returnToCheck) {
      setReturnToCheck(false);
      return setPage('check');
    }
    setPage(complaintPages[complaintPages.indexOf(page) + 1] ?? 'check');
  }

  function backward() {
    setError(undefined);
    setNotice(undefined);
    if (returnToCheck) {
      setReturnToCheck(false);
      return setPage('check');
    }
    const previous = complaintPages[complaintPages.indexOf(page) - 1];
    if (previous) setPage(previous);
    else navigator.back();
  }

  const edit = (target: ComplaintPage) => {
    setReturnToCheck(true);
    setNotice(undefined);
    setPage(target);
  };

  // Written words are lost on 首页: ask first.
  const home = () => (!ack && charCount(draft.text) > 0 ? setLeaving(true) : navigator.home());
  const leaveDialog = (
    <Dialog
      open={leaving}
      dialogId="leave-complaint"
      title={t('services.leaveTitle')}
      onDismiss={() => setLeaving(false)}
      actions={
        <>
          <Button onClick={() => setLeaving(false)} data-action="stay">
            {t('services.leaveCancel')}
          </Button>
          <Button variant="primary" onClick={navigator.home} data-action="leave">
            {t('services.leaveConfirm')}
          </Button>
        </>
      }
    >
      <p>{t('services.leaveBody')}</p>
    </Dialog>
  );

  if (ack) {
    return (
      <ScreenLayout
        screenId="complaint-done"
        caption={t('services.complaint.title')}
        title={t(`services.complaint.doneTitle.${kind}`)}
        onHome={navigator.home}
        actions={
          <Button variant="primary" onClick={navigator.home} data-action="finish">
            {t('services.finish')}
          </Button>
        }
      >
        <div className="k-done" data-complaint-number={ack.complaintNumber}>
          <CheckCircle2 className="k-icon k-done__icon" aria-hidden="true" />
          <p className="k-done__number">{t('services.complaint.number', { number: ack.complaintNumber })}</p>
          <p>
            {t('services.complaint.respondBy', {
              subject: subjectLabel(draft.subject),
              date: dateText(ack.respondBy, locale),
            })}
          </p>
          <p>
            {draft.phone
              ? t('services.complaint.replyPhone', { phone: maskPhone(draft.phone) })
              : t('services.complaint.replyNone')}
          </p>
          {ack.duplicate ? <p className="k-hint">{t('services.complaint.alreadyRecorded')}</p> : null}
        </div>
        <ComplaintReceipt complaintNumber={ack.complaintNumber} />
      </ScreenLayout>
    );
  }

  const fieldId = `complaint-${page}`;
  const subjects: SubjectOption[] = [
    { value: KIOSK_SUBJECT, label: t('services.complaint.kiosk'), hint: t('services.complaint.kioskHint') },
    ...catalog.departments.map((d) => ({ value: d.id, label: l(d.shortName), hint: l(d.name) })),
  ];

  return (
    <ScreenLayout
      screenId={page === 'kind' ? 'complaint' : `complaint-${page}`}
      caption={t('services.complaint.title')}
      title={titles[page]}
      onBack={backward}
      onHome={home}
      actions={
        <Button
          variant="primary"
          onClick={forward}
          disabled={busy}
          data-action={page === 'check' ? 'submit-complaint' : 'continue'}
        >
          {busy
            ? t('services.sending')
            : page === 'check'
              ? t('services.complaint.submit')
              : returnToCheck
                ? t('services.complaint.backToCheck')
                : t('common.continue')}
        </Button>
      }
    >
      {leaveDialog}
      <ErrorSummary errors={error ? [{ fieldId, message: error }] : []} />
      {notice ? (
        <Notice tone="warning" title={notice}>
          <p>{t('services.complaint.notSent')}</p>
        </Notice>
      ) : null}
      {error ? (
        <p className="k-field-error" id={`${fieldId}-error`}>
          {error}
        </p>
      ) : null}

      {page === 'kind' ? (
        <div
          className="k-choices"
          role="radiogroup"
          aria-labelledby="k-screen-title"
          aria-invalid={Boolean(error) || undefined}
          id={fieldId}
        >
          {(['complaint', 'suggestion'] as const).map((value) => {
            const Icon = value === 'complaint' ? MessageSquareWarning : Lightbulb;
            const selected = draft.kind === value;
            return (
              <button
                key={value}
                type="button"
                role="radio"
                aria-checked={selected}
                className={selected ? 'k-choice k-choice--selected' : 'k-choice'}
                data-value={value}
                onClick={() => change({ kind: value })}
              >
                {selected ? (
                  <CheckCircle2 className="k-icon k-choice__mark" aria-hidden="true" />
                ) : (
                  <Circle className="k-icon k-choice__mark" aria-hidden="true" />
                )}
                <Icon className="k-icon k-way__icon" aria-hidden="true" />
                <span className="k-choice__text">
                  <span className="k-choice__label">{t(`services.complaint.kinds.${value}`)}</span>
                  <span className="k-choice__hint">{t(`services.complaint.kindHints.${value}`)}</span>
                </span>
              </button>
            );
          })}
        </div>
      ) : page === 'subject' ? (
        <div
          role="radiogroup"
          aria-labelledby="k-screen-title"
          aria-invalid={Boolean(error) || undefined}
          id={fieldId}
          className="k-subjects"
        >
          <Pager
            className="k-subject-grid"
            items={subjects}
            pageSize={perPage}
            itemKey={(o) => o.value}
            label={titles.subject}
            renderItem={(option) => {
              const selected = draft.subject === option.value;
              return (
                <button
                  type="button"
                  role="radio"
                  aria-checked={selected}
                  className={selected ? 'k-subject k-subject--selected' : 'k-subject'}
                  data-subject={option.value}
                  onClick={() => change({ subject: option.value })}
                >
                  {selected ? (
                    <CheckCircle2 className="k-icon k-choice__mark" aria-hidden="true" />
                  ) : (
                    <Circle className="k-icon k-choice__mark" aria-hidden="true" />
                  )}
                  <span className="k-choice__text">
                    <span className="k-choice__label">{option.label}</span>
                    <span className="k-choice__hint">{option.hint}</span>
                  </span>
                </button>
              );
            }}
          />
        </div>
      ) : page === 'text' ? (
        <>
          <p className="k-hint" id={`${fieldId}-hint`}>
            {t('services.complaint.textHint')}
          </p>
          <p className="k-hint" id={`${fieldId}-count`} aria-live="polite">
            {t('services.textCount', { count: charCount(draft.text), max: COMPLAINT_TEXT_MAX })}
          </p>
          <TextEntry
            id={fieldId}
            locale={locale}
            rows={6}
            value={draft.text}
            maxLength={COMPLAINT_TEXT_MAX}
            invalid={Boolean(error)}
            describedBy={[`${fieldId}-hint`, `${fieldId}-count`, error ? `${fieldId}-error` : '']
              .filter(Boolean)
              .join(' ')}
            onChange={(text) => change({ text })}
          />
        </>
      ) : page === 'phone' ? (
        <>
          <p className="k-hint" id={`${fieldId}-hint`}>
            {t('services.complaint.phoneHint')}
          </p>
          <PhoneEntry
            id={fieldId}
            hintId={`${fieldId}-hint`}
            value={draft.phone}
            onChange={(phone) => change({ phone })}
            {...(error ? { errorId: `${fieldId}-error` } : {})}
          />
        </>
      ) : (
        <dl className="k-check-rows">
          {(
            [
              ['kind', t('services.complaint.rows.kind'), t(`services.complaint.kinds.${kind}`)],
              ['subject', t('services.complaint.rows.subject'), subjectLabel(draft.subject)],
              ['text', t('services.complaint.rows.text'), draft.text.trim()],
              [
                'phone',
                t('services.complaint.rows.phone'),
                draft.phone ? draft.phone : t('services.complaint.noPhone'),
              ],
            ] as const
          ).map(([target, label, value]) => (
            <div key={target} className={`k-check-row k-check-row--${target}`} data-row={target}>
              <dt>{label}</dt>
              <dd className="k-check-row__value">{value}</dd>
              <dd className="k-check-row__action">
                <Button
                  onClick={() => edit(target)}
                  data-action={`change-${target}`}
                  aria-label={`${t('common.change')} ${label}`}
                >
                  {t('common.change')}
                </Button>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </ScreenLayout>
  );
}
