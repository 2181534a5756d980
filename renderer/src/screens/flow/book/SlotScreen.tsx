import { Ban, CalendarDays, CheckCircle2, Circle } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentSlot } from '../../../../../shared/platform/index.js';
import { useKiosk } from '../../../context/kiosk-context.js';
import { useRowsPerPage } from '../../../context/preferences-context.js';
import { Button } from '../../../components/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { Pager } from '../../../components/Pager.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { platformTextPicker } from '../../../i18n/platform-text.js';
import { useLocale, useLocalized } from '../../../i18n/use-localized.js';
import { useSpeech } from '../../../speech/speech.js';
import { LoadingNotice, PlatformChineseNote, RetryAction, ServiceProblemNotice } from '../service/ServiceNotices.js';
import { outcomeAction, readOutcome } from '../service/service-outcome.js';
import {
  dayText,
  firstBookableDate,
  type SlotDay,
  slotDays,
  slotTimeText,
  slotWindowDays,
  weekdayText,
} from './slots.js';
import { useServiceLoad } from '../service/use-service-load.js';
import '../../../components/ChoiceList.css';
import '../service/ServiceScreens.css';

/**
 * Book items: big buttons for the bookable days (with the places left, or 已约满 in words), then the time slots of
 * the chosen day; a full slot is disabled and says so. Checked on 继续 only.
 */
export function SlotScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const { client } = useKiosk();
  const speech = useSpeech();
  const daysPerPage = useRowsPerPage(6, 4);
  const item = flow.target.item;
  const { load, retry } = useServiceLoad(() =>
    client.call('appointment.slots', {
      itemCode: flow.target.code,
      from: firstBookableDate(Date.now()),
      days: slotWindowDays(item?.booking?.daysAhead),
    }),
  );
  const days = useMemo(() => (load.phase === 'ready' ? slotDays(load.value.slots) : []), [load]);
  const held = readOutcome(flow.state, 'slot');
  const [day, setDay] = useState<string | undefined>(held?.date);
  const [slotId, setSlotId] = useState<string | undefined>(held?.slotId);
  const [error, setError] = useState<string | undefined>();

  // Start on the first day with places, or the held one.
  useEffect(() => {
    if (day || days.length === 0) return;
    setDay(days.find((d) => !d.full)?.date);
  }, [days, day]);
  useEffect(() => {
    speech.speak(t('service.slot.spoken'), { interrupt: true });
  }, [speech, t]);

  const chosenDay = days.find((d) => d.date === day);
  // Where the platform says the appointment is; the catalog's place until the slots are there.
  // In English the platform's English for the place, else the catalog's (it names the same place), else the Chinese.
  const pick = platformTextPicker(locale);
  const platformPlace = chosenDay?.slots[0];
  const place = platformPlace
    ? pick(platformPlace.location, platformPlace.locationEn ?? (item?.booking ? item.booking.place.en : undefined))
    : item?.booking
      ? l(item.booking.place)
      : undefined;
  const anyChinese = pick.anyChinese();
  const submit = () => {
    const slot = chosenDay?.slots.find((s) => s.slotId === slotId && s.remaining > 0);
    if (!slot) {
      setError(chosenDay ? t('service.slot.chooseTime') : t('service.slot.chooseDay'));
      return;
    }
    flow.dispatch(outcomeAction('slot', slot));
    flow.next();
  };
  const dayPages = useMemo(() => chunk(days, daysPerPage), [days, daysPerPage]);

  return (
    <ScreenLayout
      screenId="slot"
      title={t('service.slot.title')}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={flow.back}
      onHome={flow.home}
      actions={
        load.phase === 'ready' && days.length > 0 ? (
          <Button variant="primary" onClick={submit} data-action="continue">
            {t('common.continue')}
          </Button>
        ) : load.phase === 'failed' ? (
          <RetryAction context="slots" code={load.code} onRetry={retry} />
        ) : null
      }
    >
      <ErrorSummary errors={error ? [{ fieldId: chosenDay ? 'slot-times' : 'slot-days', message: error }] : []} />
      {place ? (
        <p className="k-svc-lead">
          <CalendarDays className="k-icon" aria-hidden="true" /> {t('service.slot.place', { place })}
        </p>
      ) : null}
      <PlatformChineseNote show={anyChinese} />
      {load.phase === 'loading' ? <LoadingNotice text={t('service.slot.loading')} /> : null}
      {load.phase === 'failed' ? <ServiceProblemNotice context="slots" code={load.code} /> : null}
      {load.phase === 'ready' && days.length === 0 ? <ServiceProblemNotice context="slots" code="noSlots" /> : null}
      {days.length > 0 ? (
        <>
          <h3 className="k-svc-subhead" id="slot-days-label">
            {t('service.slot.dayQuestion')}
          </h3>
          <Pager
            className="k-svc-days-pager"
            items={dayPages}
            pageSize={1}
            label={t('service.slot.dayQuestion')}
            itemKey={(page) => page[0]?.date ?? 'none'}
            renderItem={(page) => (
              <div className="k-svc-days" role="radiogroup" aria-labelledby="slot-days-label" id="slot-days">
                {page.map((d) => (
                  <DayButton
                    key={d.date}
                    day={d}
                    selected={d.date === day}
                    locale={locale}
                    onChoose={() => {
                      setDay(d.date);
                      setSlotId(undefined);
                      setError(undefined);
                    }}
                  />
                ))}
              </div>
            )}
          />
          {chosenDay ? (
            <>
              <h3 className="k-svc-subhead" id="slot-times-label">
                {t('service.slot.timeQuestion', {
                  day: `${dayText(chosenDay.date, locale)} ${weekdayText(chosenDay.date, locale)}`,
                })}
              </h3>
              {error && chosenDay ? <p className="k-field-error">{error}</p> : null}
              <div className="k-svc-times" role="radiogroup" aria-labelledby="slot-times-label" id="slot-times">
                {chosenDay.slots.map((slot) => (
                  <TimeButton
                    key={slot.slotId}
                    slot={slot}
                    selected={slot.slotId === slotId}
                    onChoose={() => {
                      setSlotId(slot.slotId);
                      setError(undefined);
                    }}
                  />
                ))}
              </div>
            </>
          ) : null}
        </>
      ) : null}
    </ScreenLayout>
  );
}

function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function DayButton({
  day,
  selected,
  locale,
  onChoose,
}: {
  day: SlotDay;
  selected: boolean;
  locale: 'zh-CN' | 'en';
  onChoose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      role="radio"
      aria-checked={selected}
      disabled={day.full}
      className={['k-svc-day', selected ? 'k-svc-day--selected' : '', day.full ? 'k-svc-day--full' : '']
        .filter(Boolean)
        .join(' ')}
      onClick={onChoose}
      data-date={day.date}
    >
      <span className="k-svc-day__date">{dayText(day.date, locale)}</span>
      <span className="k-svc-day__weekday">{weekdayText(day.date, locale)}</span>
      <span className="k-svc-day__left">
        {day.full ? t('service.slot.full') : t('service.slot.left', { count: day.remaining })}
      </span>
    </button>
  );
}

function TimeButton({ slot, selected, onChoose }: { slot: AppointmentSlot; selected: boolean; onChoose: () => void }) {
  const { t } = useTranslation();
  const full = slot.remaining <= 0;
  return (
    <button
      type="button"
      role="radio"
      aria-checked={selected}
      disabled={full}
      className={['k-choice', 'k-svc-time', selected ? 'k-choice--selected' : '', full ? 'k-svc-time--full' : '']
        .filter(Boolean)
        .join(' ')}
      onClick={onChoose}
      data-slot={slot.slotId}
    >
      {full ? (
        <Ban className="k-icon k-choice__mark" aria-hidden="true" />
      ) : selected ? (
        <CheckCircle2 className="k-icon k-choice__mark" aria-hidden="true" />
      ) : (
        <Circle className="k-icon k-choice__mark" aria-hidden="true" />
      )}
      <span className="k-choice__text">
        <span className="k-choice__label">{slotTimeText(slot)}</span>
        <span className="k-choice__hint">
          {full ? t('service.slot.full') : t('service.slot.left', { count: slot.remaining })}
        </span>
      </span>
    </button>
  );
}
