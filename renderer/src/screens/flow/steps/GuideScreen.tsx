import { BookOpen } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, LocalizedText } from '../../../../../shared/catalog/schema.js';
import { Button } from '../../../components/Button.js';
import { Dialog } from '../../../components/Dialog.js';
import { Notice } from '../../../components/Notice.js';
import { Pager } from '../../../components/Pager.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import { useAvailability } from '../../../context/use-availability.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { useLocalized } from '../../../i18n/use-localized.js';
import './GuideScreen.css';

interface GuideSection {
  readonly key: string;
  readonly title: string;
  readonly lines: readonly string[];
}

/** The item's start page (GOV.UK start page): what it does, time, fee, result, who, what you need; then 开始办理. */
export function GuideScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const [fullGuide, setFullGuide] = useState(false);
  const { target } = flow;
  const item = target.item;
  const pkg = target.package;
  // An item whose devices are down cannot be started: the guide says why instead of 开始办理.
  const availability = useAvailability();
  const blocked = item ? availability.item(item) : pkg ? availability.pkg(pkg) : undefined;
  const unavailable = blocked !== undefined && !blocked.available;

  const facts: Array<[string, string]> = item
    ? [
        [t('flow.timeLimit'), item.instant ? t('flow.instant') : t('flow.promisedDays', { days: item.promisedDays })],
        [t('flow.fee'), feeText(item, t, l)],
        [t('flow.result'), item.results.map((r) => l(r.name)).join(t('common.listSeparator')) || '—'],
        [
          t('flow.audience'),
          t(
            item.audience === 'citizen'
              ? 'flow.audienceCitizen'
              : item.audience === 'business'
                ? 'flow.audienceBusiness'
                : 'flow.audienceBoth',
          ),
        ],
      ]
    : pkg
      ? [
          [
            t('flow.timeLimit'),
            pkg.promisedDays === 0 ? t('flow.instant') : t('flow.promisedDays', { days: pkg.promisedDays }),
          ],
        ]
      : [];

  const materials = flow.resolution.materials.filter((m) => !m.optional).map((m) => l(m.name));
  const sections = item
    ? guideSections(item, t, l)
    : pkg
      ? [{ key: 'legal', title: t('flow.legalBasis'), lines: pkg.legalBasis.map(l) }]
      : [];

  return (
    <ScreenLayout
      screenId="guide"
      title={l(target.name)}
      onBack={flow.back}
      actions={
        unavailable ? undefined : (
          <Button variant="primary" onClick={flow.next} data-action="start">
            {t('flow.start')}
          </Button>
        )
      }
    >
      {unavailable && blocked.reason ? (
        <div data-unavailable>
          <Notice tone="warning">
            <p>{l(blocked.reason)}</p>
          </Notice>
        </div>
      ) : null}
      <p className="k-guide__summary">{item ? l(item.summary) : pkg ? l(pkg.summary) : ''}</p>
      {pkg ? (
        <div className="k-guide__notice">
          {pkg.notice.slice(0, 3).map((p) => (
            <p key={p['zh-CN']}>{l(p)}</p>
          ))}
        </div>
      ) : null}
      <dl className="k-guide__facts">
        {facts.map(([label, value]) => (
          <div key={label} className="k-guide__fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section className="k-guide__need" aria-labelledby="guide-need">
        <h3 id="guide-need">{t('flow.youNeed')}</h3>
        <ul>
          {materials.length === 0 ? (
            <li>{t('flow.youNeedNothing')}</li>
          ) : (
            materials.slice(0, 4).map((m) => <li key={m}>{m}</li>)
          )}
        </ul>
      </section>
      {sections.length > 0 ? (
        <Button onClick={() => setFullGuide(true)} icon={<BookOpen className="k-icon" />} data-action="full-guide">
          {t('flow.fullGuide')}
        </Button>
      ) : null}
      <Dialog
        open={fullGuide}
        dialogId="full-guide"
        title={`${l(target.name)} · ${t('flow.guideTitle')}`}
        onDismiss={() => setFullGuide(false)}
        actions={
          <Button variant="primary" onClick={() => setFullGuide(false)}>
            {t('common.close')}
          </Button>
        }
      >
        <Pager
          items={sections}
          pageSize={1}
          label={t('flow.guideTitle')}
          itemKey={(s) => s.key}
          renderItem={(section) => (
            <section className="k-guide__section">
              <h3>{section.title}</h3>
              <ul>
                {section.lines.slice(0, 8).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
          )}
        />
      </Dialog>
    </ScreenLayout>
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;
type L = (text: LocalizedText) => string;

function feeText(item: Item, t: T, l: L): string {
  switch (item.fee.kind) {
    case 'free':
      return t('flow.free');
    case 'fixed':
      return t('flow.feeFixedWithBasis', {
        amount: (item.fee.amountFen / 100).toFixed(2),
        basis: l(item.fee.basis),
      });
    case 'byBill':
      return t('flow.feeByBill');
  }
}

function guideSections(item: Item, t: T, l: L): GuideSection[] {
  const g = item.guide;
  const sections: GuideSection[] = [
    { key: 'conditions', title: t('flow.conditions'), lines: g.conditions.map(l) },
    {
      key: 'materials',
      title: t('flow.materials'),
      lines: item.materials.map((m) => l(m.name) + (m.optional ? t('common.optional') : '')),
    },
    { key: 'steps', title: t('flow.steps'), lines: g.steps.map((s, i) => `${i + 1}. ${l(s)}`) },
    { key: 'legal', title: t('flow.legalBasis'), lines: g.legalBasis.map(l) },
    {
      key: 'channels',
      title: t('flow.otherChannels'),
      lines: g.otherChannels.map((c) =>
        c.detail ? t('common.labelled', { label: l(c.name), value: l(c.detail) }) : l(c.name),
      ),
    },
    {
      key: 'phones',
      title: `${t('flow.consultation')} / ${t('flow.complaint')}`,
      lines: [
        g.consultationPhone ? t('common.labelled', { label: t('flow.consultation'), value: g.consultationPhone }) : '',
        g.complaintPhone ? t('common.labelled', { label: t('flow.complaint'), value: g.complaintPhone }) : '',
      ].filter(Boolean),
    },
    { key: 'notes', title: t('flow.notes'), lines: g.notes.map(l) },
  ];
  return sections.filter((s) => s.lines.length > 0);
}
