import { CheckSquare, Square } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldHint, fieldRule } from '../../../../../shared/catalog/field-rules.js';
import { dateOrderProblem, validateField } from '../../../../../shared/catalog/field-validation.js';
import type { FieldValue, FormField } from '../../../../../shared/catalog/schema.js';
import { Button } from '../../../components/Button.js';
import { ChoiceList } from '../../../components/ChoiceList.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { applyKey, Keypad } from '../../../components/Keypad.js';
import { OnScreenKeyboard } from '../../../components/keyboard/OnScreenKeyboard.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { prefillValue } from '../../../flows/prefill.js';
import { useLocale, useLocalized } from '../../../i18n/use-localized.js';
import { dateDigits, dateFromDigits, dateMask, digitsFromDate, inputKindFor } from './field-input.js';
import './FieldScreen.css';

/**
 * One form field per page, prefilled where the kiosk can and editable; the label is the heading; "（选填）"
 * for optional fields; validated only on 继续, with the same specific message in the summary and at the field.
 */
export function FieldScreen({ flow, field }: { flow: FlowController; field: FormField }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const initial =
    flow.state.values[field.id] ??
    prefillValue(field, {
      idCard: flow.state.idCard,
      answers: flow.state.answers,
      values: flow.state.values,
      records: flow.state.records,
    }) ??
    (field.type === 'choice' && field.multiple ? [] : '');
  const [value, setValue] = useState<FieldValue>(initial);
  const [error, setError] = useState<string | undefined>();
  const inputId = `field-${field.id}`;
  // The hint that follows the answers given, and the rule the value must keep, before anything is typed.
  const rule = fieldRule(field);
  const hint = [fieldHint(field, flow.state.answers), rule]
    .filter((text) => text !== undefined)
    .map((text) => l(text))
    .filter((text, i, all) => all.indexOf(text) === i)
    .join(locale === 'en' ? '. ' : '；');
  const kind = inputKindFor(field);
  // A number asked in a unit (经营面积 in 平方米) shows the unit after the box, as GOV.UK's input suffix does.
  const unit = field.type === 'number' && field.unit ? l(field.unit) : undefined;
  const text = typeof value === 'string' ? value : '';

  const submit = () => {
    const check = validateField(field, kind.kind === 'date' ? dateFromDigits(text, kind.precision) : value);
    if (!check.ok) {
      setError(l(check.message));
      return;
    }
    // A range typed backwards is caught here, on the page of the date that makes it so.
    const order = dateOrderProblem(field, check.value, flow.resolution.fields, flow.state.values);
    if (order) {
      setError(l(order));
      return;
    }
    flow.dispatch({ type: 'value', field: field.id, value: check.value ?? '' });
    flow.next();
  };

  const change = (next: FieldValue) => {
    setValue(next);
    setError(undefined);
  };

  return (
    <ScreenLayout
      screenId="field"
      title={`${l(field.label)}${field.optional ? t('common.optional') : ''}`}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={flow.back}
      onHome={flow.home}
      actions={
        <Button variant="primary" onClick={submit} data-action="continue">
          {t('common.continue')}
        </Button>
      }
    >
      <ErrorSummary errors={error ? [{ fieldId: inputId, message: error }] : []} />
      {hint ? (
        <p className="k-hint" id={`${inputId}-hint`} data-hint-rule={rule ? 'true' : undefined}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="k-field-error" id={`${inputId}-error`}>
          {error}
        </p>
      ) : null}

      {kind.kind === 'choice' && field.type === 'choice' ? (
        kind.multiple ? (
          <div
            className="k-multi"
            role="group"
            aria-labelledby="k-screen-title"
            id={inputId}
            data-field={field.id}
            data-field-type="choice"
          >
            {field.options.map((o) => {
              const chosen = Array.isArray(value) ? value : [];
              const on = chosen.includes(o.value);
              return (
                <button
                  key={o.value}
                  type="button"
                  role="checkbox"
                  aria-checked={on}
                  className={on ? 'k-choice k-choice--selected' : 'k-choice'}
                  data-value={o.value}
                  onClick={() => change(on ? chosen.filter((c) => c !== o.value) : [...chosen, o.value])}
                >
                  {on ? (
                    <CheckSquare className="k-icon k-choice__mark" aria-hidden="true" />
                  ) : (
                    <Square className="k-icon k-choice__mark" aria-hidden="true" />
                  )}
                  <span className="k-choice__label">{l(o.label)}</span>
                </button>
              );
            })}
          </div>
        ) : (
          <ChoiceList
            id={inputId}
            fieldType="choice"
            labelledBy="k-screen-title"
            invalid={Boolean(error)}
            value={typeof value === 'string' && value ? value : undefined}
            onChange={change}
            choices={field.options.map((o) => ({
              value: o.value,
              label: l(o.label),
              hint: o.hint ? l(o.hint) : undefined,
            }))}
          />
        )
      ) : (
        <>
          <span className={unit ? 'k-input-with-unit' : 'k-input-plain'}>
            <input
              id={inputId}
              data-field={field.id}
              data-field-type={field.type}
              className="k-text-input"
              type="text"
              inputMode="none"
              autoComplete="off"
              aria-labelledby="k-screen-title"
              aria-describedby={
                [hint ? `${inputId}-hint` : '', unit ? `${inputId}-unit` : '', error ? `${inputId}-error` : '']
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              aria-invalid={Boolean(error) || undefined}
              value={kind.kind === 'date' ? dateMask(digitsFromDate(text), locale, kind.precision) : text}
              onChange={(e) => kind.kind !== 'date' && change(e.target.value)}
              readOnly={kind.kind === 'date'}
            />
            {unit ? (
              <span className="k-input-unit" id={`${inputId}-unit`}>
                {unit}
              </span>
            ) : null}
          </span>
          {kind.kind === 'keypad' ? (
            <Keypad
              controls={inputId}
              extraKey={kind.extraKey}
              onKey={(key) => change(applyKey(text, key, kind.maxLength))}
            />
          ) : kind.kind === 'date' ? (
            <Keypad
              controls={inputId}
              onKey={(key) => change(applyKey(digitsFromDate(text), key, dateDigits(kind.precision)))}
            />
          ) : kind.kind === 'keyboard' ? (
            <OnScreenKeyboard
              controls={inputId}
              value={text}
              onChange={change}
              maxLength={kind.maxLength}
              initialMode={locale === 'en' && kind.mode === 'pinyin' ? 'pinyin' : kind.mode}
            />
          ) : null}
        </>
      )}
    </ScreenLayout>
  );
}
