import { CheckCircle2, Clock, FileCheck2, Hourglass, Undo2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../../shared/platform/submission.js';
import { useKiosk } from '../../context/kiosk-context.js';
import { platformTextPicker } from '../../i18n/platform-text.js';
import { useLocale } from '../../i18n/use-localized.js';
import { ReprintCertificate } from './ReprintCertificate.js';
import { dateText, dateTimeText, type ProgressEntry, statusKeys } from './progress-logic.js';

const statusIcons: Record<CaseStatus, typeof Clock> = {
  accepted: FileCheck2,
  inReview: Hourglass,
  approved: CheckCircle2,
  returned: Undo2,
};

/** The status in words with its own icon and border style, so it never rests on colour alone. */
export function StatusBadge({ status }: { status: CaseStatus | 'queued' }) {
  const { t } = useTranslation();
  const Icon = status === 'queued' ? Clock : statusIcons[status];
  return (
    <span className={`k-status k-status--${status}`} data-status={status}>
      <Icon className="k-icon" aria-hidden="true" />
      {status === 'queued' ? t('services.progress.queuedStatus') : t(statusKeys[status])}
    </span>
  );
}

/**
 * One case as a progress lookup shows it: title, department, status, promised date, the timeline and, for a
 * returned case, why and what to bring. Nothing personal: the platform's answer holds only the masked name.
 */
export function ProgressCard({ entry }: { entry: ProgressEntry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { catalog } = useKiosk();
  if (entry.kind === 'queued') {
    const { queued } = entry;
    return (
      <article
        className="k-case"
        data-case={queued.localNumber}
        data-queued="true"
        aria-labelledby={`case-${queued.localNumber}`}
      >
        <header className="k-case__head">
          <h3 id={`case-${queued.localNumber}`} className="k-case__title">
            {queued.title}
          </h3>
          <StatusBadge status="queued" />
        </header>
        <dl className="k-case__facts">
          <div>
            <dt>{t('services.progress.localNumber')}</dt>
            <dd className="k-case__number">{queued.localNumber}</dd>
          </div>
          <div>
            <dt>{t('services.progress.savedAt')}</dt>
            <dd>{dateTimeText(queued.savedAt)}</dd>
          </div>
        </dl>
        <p className="k-case__note">{t('services.progress.queuedBody')}</p>
      </article>
    );
  }
  const { progress } = entry;
  // The platform names cases in Chinese; the catalog has both languages for the items it knows.
  const of = progress.target;
  const target = of.kind === 'item' ? catalog.items.find((i) => i.code === of.itemCode) : undefined;
  const pkg = of.kind === 'package' ? catalog.packages.find((p) => p.code === of.packageCode) : undefined;
  // Else the platform's own text, in English where it gave one.
  const pick = platformTextPicker(locale);
  const title = (target ?? pkg)?.name[locale] ?? pick(progress.title, progress.titleEn);
  const departmentId = target?.department ?? pkg?.leadDepartment;
  const department =
    catalog.departments.find((d) => d.id === departmentId)?.name[locale] ??
    pick(progress.department, progress.departmentEn);
  const returnReason =
    progress.status === 'returned' && progress.returnReason
      ? pick(progress.returnReason, progress.returnReasonEn)
      : undefined;
  return (
    <article className="k-case" data-case={progress.caseNumber} aria-labelledby={`case-${progress.caseNumber}`}>
      <header className="k-case__head">
        <h3 id={`case-${progress.caseNumber}`} className="k-case__title">
          {title}
        </h3>
        <StatusBadge status={progress.status} />
      </header>
      <dl className="k-case__facts">
        <div>
          <dt>{t('services.progress.caseNumber')}</dt>
          <dd className="k-case__number">{progress.caseNumber}</dd>
        </div>
        <div>
          <dt>{t('services.progress.department')}</dt>
          <dd>{department}</dd>
        </div>
        <div>
          <dt>{t('services.progress.promisedBy')}</dt>
          <dd>
            {progress.promisedBy
              ? t('services.progress.promisedDate', { date: dateText(progress.promisedBy, locale) })
              : t('services.progress.instant')}
          </dd>
        </div>
      </dl>
      <section className="k-case__timeline" aria-label={t('services.progress.timeline')}>
        <ol role="list">
          {progress.timeline.slice(-4).map((event) => (
            <li key={`${event.status}-${event.at}`} data-event={event.status}>
              <span className="k-case__when">{dateTimeText(event.at)}</span>
              <span className="k-case__what">
                {locale === 'en' || event.status === 'returned' || !event.note
                  ? t(statusKeys[event.status])
                  : event.note}
              </span>
            </li>
          ))}
        </ol>
      </section>
      {returnReason ? (
        <div className="k-case__return" data-return-reason>
          <p className="k-case__return-title">{t('services.progress.returnReason')}</p>
          <p>{returnReason}</p>
        </div>
      ) : null}
      {pick.anyChinese() ? (
        <p className="k-case__note" data-platform-chinese>
          {t('service.platformChinese')}
        </p>
      ) : null}
      {progress.certificateAvailable ? <ReprintCertificate caseNumber={progress.caseNumber} /> : null}
    </article>
  );
}
