import QRCode from 'qrcode';
import { Smartphone } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentOrder } from '../../../../../shared/platform/index.js';
import { useKiosk } from '../../../context/kiosk-context.js';
import { Button } from '../../../components/Button.js';
import { Notice } from '../../../components/Notice.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { useLocalized } from '../../../i18n/use-localized.js';
import { useSpeech } from '../../../speech/speech.js';
import { clockText, formatYuan, PAYMENT_POLL_MS, paymentDescription, secondsLeft } from './payment.js';
import { LoadingNotice, RetryAction, ServiceProblemNotice } from '../service/ServiceNotices.js';
import type { ServiceFailureCode } from '../service/service-problems.js';
import { outcomeAction, readOutcome } from '../service/service-outcome.js';
import '../service/ServiceScreens.css';
import { useIdleHold } from '../../../session/idle-hold.js';

type Phase =
  | { readonly kind: 'creating' }
  | { readonly kind: 'failed'; readonly code: ServiceFailureCode }
  | { readonly kind: 'waiting'; readonly order: PaymentOrder }
  | { readonly kind: 'ended'; readonly order: PaymentOrder };

const methodNames = {
  wechat: { 'zh-CN': '微信', en: 'WeChat Pay' },
  alipay: { 'zh-CN': '支付宝', en: 'Alipay' },
  unionPay: { 'zh-CN': '云闪付', en: 'UnionPay' },
  socialSecurityCard: { 'zh-CN': '社保卡', en: 'social security card' },
} as const;

/**
 * The scan-to-pay QR code from the platform, large, with the amount and a countdown; the page asks the platform
 * every two seconds whether the order is paid and moves on by itself when it is. An expired or closed order
 * says so plainly (nothing was taken) and offers a new code. A lost answer is simply asked again.
 */
export function PayScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { client } = useKiosk();
  const speech = useSpeech();
  const bill = readOutcome(flow.state, 'bill');
  const heldOrder = readOutcome(flow.state, 'payment');
  const [phase, setPhase] = useState<Phase>(
    heldOrder && heldOrder.status === 'unpaid' ? { kind: 'waiting', order: heldOrder } : { kind: 'creating' },
  );
  const [qr, setQr] = useState<string | undefined>();
  const [now, setNow] = useState(() => Date.now());
  const [slowNetwork, setSlowNetwork] = useState(false);
  const flowRef = useRef(flow);
  flowRef.current = flow;
  // While the QR code waits for the citizen's phone, the kiosk's idle timeout must not wipe the session.
  useIdleHold(phase.kind === 'waiting');
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const create = useCallback(
    async (fresh: boolean) => {
      const f = flowRef.current;
      if (!bill) return setPhase({ kind: 'failed', code: 'notAllowed' });
      let key = readOutcome(f.state, 'paymentKey');
      if (!key || fresh) {
        key = crypto.randomUUID();
        f.dispatch(outcomeAction('paymentKey', key));
      }
      setPhase({ kind: 'creating' });
      const reply = await client.call('payment.create', {
        idempotencyKey: key,
        itemCode: f.target.code,
        reference: bill.billNumber,
        amountFen: bill.totalFen,
        description: paymentDescription(f.target.name['zh-CN'], bill),
      });
      if (!live.current) return;
      if (!reply.ok) return setPhase({ kind: 'failed', code: reply.error.code });
      f.dispatch(outcomeAction('payment', reply.value));
      setPhase(
        reply.value.status === 'unpaid'
          ? { kind: 'waiting', order: reply.value }
          : { kind: 'ended', order: reply.value },
      );
    },
    [bill, client],
  );

  useEffect(() => {
    if (phase.kind === 'creating') void create(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Created once when the page opens; later by 重新生成二维码.
  }, []);

  const order = phase.kind === 'waiting' || phase.kind === 'ended' ? phase.order : undefined;
  const payload = phase.kind === 'waiting' ? phase.order.qrPayload : undefined;
  useEffect(() => {
    if (!payload) return setQr(undefined);
    let current = true;
    void QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 2, width: 560 }).then(
      (url) => current && setQr(url),
    );
    return () => {
      current = false;
    };
  }, [payload]);

  // Poll while the code shows; a paid order moves on, an expired or closed one ends the wait.
  const waitingOrder = phase.kind === 'waiting' ? phase.order.orderNumber : undefined;
  useEffect(() => {
    if (!waitingOrder) return undefined;
    setNow(Date.now());
    const poll = window.setInterval(() => {
      void (async () => {
        const reply = await client.call('payment.status', { orderNumber: waitingOrder });
        if (!live.current) return;
        if (!reply.ok) return setSlowNetwork(true);
        setSlowNetwork(false);
        const f = flowRef.current;
        if (reply.value.status === 'paid') {
          window.clearInterval(poll);
          f.dispatch(outcomeAction('payment', reply.value));
          f.next();
        } else if (reply.value.status !== 'unpaid') {
          window.clearInterval(poll);
          f.dispatch(outcomeAction('payment', reply.value));
          setPhase({ kind: 'ended', order: reply.value });
        }
      })();
    }, PAYMENT_POLL_MS);
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => {
      window.clearInterval(poll);
      window.clearInterval(tick);
    };
  }, [waitingOrder, client]);

  useEffect(() => {
    if (phase.kind === 'waiting')
      speech.speak(t('service.pay.spoken', { amount: formatYuan(phase.order.amountFen) }), { interrupt: true });
    if (phase.kind === 'ended')
      speech.speak(t(phase.order.status === 'expired' ? 'service.pay.expiredTitle' : 'service.pay.closedTitle'), {
        interrupt: true,
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- Spoken when the state changes, not on every tick.
  }, [phase.kind]);

  const methods = (flow.target.item?.payment?.methods ?? ['wechat', 'alipay', 'unionPay'])
    .map((m) => l(methodNames[m]))
    .join(t('service.pay.or'));
  const left = order ? secondsLeft(order.expiresAt, now) : 0;

  return (
    <ScreenLayout
      screenId="pay"
      title={
        phase.kind === 'ended'
          ? phase.order.status === 'expired'
            ? t('service.pay.expiredTitle')
            : t('service.pay.closedTitle')
          : t('service.pay.title')
      }
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={flow.back}
      onHome={flow.home}
      actions={
        phase.kind === 'ended' ? (
          <Button variant="primary" onClick={() => void create(true)} data-action="new-qr">
            {t('service.pay.newCode')}
          </Button>
        ) : phase.kind === 'failed' ? (
          <RetryAction context="payment" code={phase.code} onRetry={() => void create(false)} />
        ) : null
      }
    >
      {phase.kind === 'creating' ? <LoadingNotice text={t('service.pay.creating')} /> : null}
      {phase.kind === 'failed' ? <ServiceProblemNotice context="payment" code={phase.code} /> : null}
      {phase.kind === 'ended' ? (
        <Notice
          tone="warning"
          title={phase.order.status === 'expired' ? t('service.pay.expiredTitle') : t('service.pay.closedTitle')}
        >
          <p>{t('service.pay.endedBody')}</p>
        </Notice>
      ) : null}
      {phase.kind === 'waiting' ? (
        <div className="k-svc-pay" data-order={phase.order.orderNumber}>
          <div className="k-svc-amount k-svc-amount--center">
            <span className="k-svc-amount__label">{t('service.pay.amount')}</span>
            <span className="k-svc-amount__value">
              {t('service.bill.yuan', { amount: formatYuan(phase.order.amountFen) })}
            </span>
          </div>
          <div className="k-svc-qr">
            {qr ? (
              <img src={qr} alt={t('service.pay.qrAlt')} className="k-svc-qr__image" />
            ) : (
              <span className="k-svc-spinner" aria-hidden="true" />
            )}
          </div>
          <p className="k-svc-countdown" role="timer" aria-live="off" data-seconds-left={left}>
            {t('service.pay.validFor', { time: clockText(left) })}
          </p>
          <ol className="k-svc-steps">
            <li>
              <Smartphone className="k-icon" aria-hidden="true" />
              <span>{t('service.pay.step1', { methods })}</span>
            </li>
            <li>{t('service.pay.step2')}</li>
            <li>{t('service.pay.step3')}</li>
          </ol>
          {slowNetwork ? (
            <p className="k-svc-note" role="status">
              {t('service.pay.checking')}
            </p>
          ) : null}
          {phase.order.sample ? <p className="k-svc-note">{t('service.pay.sampleNote')}</p> : null}
        </div>
      ) : null}
    </ScreenLayout>
  );
}
