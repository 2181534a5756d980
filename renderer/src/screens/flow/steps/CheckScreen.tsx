import { useTranslation } from 'react-i18next';
import type { FieldValue, FormField } from '../../../../../shared/catalog/schema.js';
import { useRowsPerPage } from '../../../context/preferences-context.js';
import { Button } from '../../../components/Button.js';
import { Pager } from '../../../components/Pager.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { situationPageKey, stepNumber } from '../../../flows/flow-steps.js';
import { settledField } from '../../../flows/prefill.js';
import { useLocale, useLocalized } from '../../../i18n/use-localized.js';
import { maskIdNumber } from '../../../../../shared/validation/id-number.js';
import { readOutcome } from '../service/service-outcome.js';
import { slotText } from '../book/slots.js';
import './CheckScreen.css';

interface Row {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  /** The page 修改 opens; absent for values that cannot be changed here (from the ID card). */
  readonly changeKey?: string;
  /** The button's word when it is not 修改 (填写 for an optional value left out). */
  readonly changeText?: string;
  readonly note?: string;
}

/** 核对您的信息 (GOV.UK check answers): every answer, value and material, each with 修改 where it can change. */
export function CheckScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const { resolution, state, known } = flow;
  const rowsPerPage = useRowsPerPage(7, 5);

  const display = (field: FormField, value: FieldValue | undefined): string => {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      return t('flow.notProvided');
    if (field.type === 'choice') {
      const values = Array.isArray(value) ? value : [value];
      return values
        .map((v) => field.options.find((o) => o.value === v))
        .map((o) => (o ? l(o.label) : ''))
        .join(t('common.listSeparator'));
    }
    if (field.type === 'idNumber' && typeof value === 'string') return maskIdNumber(value);
    if (field.type === 'number' && field.unit) return `${String(value)} ${l(field.unit)}`;
    return String(value);
  };

  // Book items: the appointment chosen on the slot page, changeable like any answer.
  const slot = readOutcome(state, 'slot');
  const rows: Row[] = [
    ...(slot
      ? [{ key: 'slot', label: t('service.slot.checkLabel'), value: slotText(slot, locale), changeKey: 'slot' }]
      : []),
    ...resolution.questions.map((q) => {
      // Answered by what the kiosk knows (the business picked at identification): said where from, no 修改.
      const by = Object.hasOwn(flow.knownAnswers, q.id) ? q.answeredBy?.record : undefined;
      return {
        key: `situation:${q.id}`,
        label: l(q.question),
        value: l(q.options.find((o) => o.value === state.answers[q.id])?.label ?? { 'zh-CN': '—', en: '—' }),
        ...(by
          ? { note: by.startsWith('business') ? t('flow.fromBusiness') : t('flow.fromRecords') }
          : { changeKey: situationPageKey(flow.steps, q.id) }),
      };
    }),
    ...resolution.fields.map((f) => {
      const isKnown = Object.hasOwn(known, f.id);
      const settled = isKnown && settledField(f);
      const value = isKnown ? known[f.id] : state.values[f.id];
      const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
      return {
        key: `field:${f.id}`,
        label: `${l(f.label)}${f.optional ? t('common.optional') : ''}`,
        value: display(f, value),
        changeKey: settled ? undefined : `field:${f.id}`,
        // An optional value left out (长辈模式 skips its page) is added here.
        changeText: f.optional && empty ? t('flow.addOptional') : undefined,
        note: !isKnown
          ? undefined
          : f.prefill?.source === 'idCard'
            ? t('flow.fromIdCard')
            : f.prefill?.source === 'platform' && !state.values[f.id]
              ? t('flow.fromRecords')
              : undefined,
      };
    }),
    ...resolution.materials.map((m) => ({
      key: `material:${m.id}`,
      label: l(m.name),
      value: materialStatus(state.materials[m.id]?.kind, t),
      changeKey: 'materials',
    })),
  ];

  return (
    <ScreenLayout
      screenId="check"
      title={t('flow.checkTitle')}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={flow.back}
      onHome={flow.home}
      actions={
        <Button variant="primary" onClick={flow.next} data-action="continue">
          {t('check.submit')}
        </Button>
      }
    >
      <p>{t('flow.checkIntro')}</p>
      <Pager
        items={rows}
        pageSize={rowsPerPage}
        label={t('flow.checkTitle')}
        itemKey={(r) => r.key}
        renderItem={(row) => (
          <div className="k-check-row" data-row={row.key}>
            <div className="k-check-row__text">
              <span className="k-check-row__label">{row.label}</span>
              <span className="k-check-row__value">{row.value}</span>
              {row.note ? <span className="k-check-row__note">{row.note}</span> : null}
            </div>
            {row.changeKey ? (
              <Button
                onClick={() => flow.change(row.changeKey as string)}
                aria-label={`${row.changeText ?? t('common.change')} ${row.label}`}
                data-action="change"
              >
                {row.changeText ?? t('common.change')}
              </Button>
            ) : null}
          </div>
        )}
      />
    </ScreenLayout>
  );
}

function materialStatus(kind: string | undefined, t: (key: string) => string): string {
  switch (kind) {
    case 'eLicense':
      return t('materials.eLicenseDone');
    case 'commitment':
      return t('materials.commitmentDone');
    case 'scan':
      return t('materials.scanDone');
    case 'signature':
      return t('materials.signatureDone');
    case 'bringLater':
      return t('materials.bringLaterDone');
    default:
      return t('materials.missing');
  }
}
