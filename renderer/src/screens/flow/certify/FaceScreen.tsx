import { Camera, RotateCcw } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../../context/kiosk-context.js';
import { Button } from '../../../components/Button.js';
import { Notice } from '../../../components/Notice.js';
import { ScreenLayout } from '../../../components/ScreenLayout.js';
import type { FlowController } from '../../../flows/flow-controller.js';
import { stepNumber } from '../../../flows/flow-steps.js';
import { useLocalized } from '../../../i18n/use-localized.js';
import { useSpeech } from '../../../speech/speech.js';
import type { OpenCamera } from '../steps/document-camera.js';
import { captureFace, openFaceCamera } from './face-camera.js';
import { type FrameQuality, HOLD_STILL_SECONDS } from './face-logic.js';
import { LoadingNotice, RetryAction, ServiceProblemNotice } from '../service/ServiceNotices.js';
import type { ServiceFailureCode } from '../service/service-problems.js';
import { outcomeAction } from '../service/service-outcome.js';
import '../service/ServiceScreens.css';

type Phase =
  | { readonly kind: 'opening' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'holding'; readonly seconds: number }
  | { readonly kind: 'sending' }
  | { readonly kind: 'retake'; readonly why: FrameQuality | 'platform' }
  | { readonly kind: 'noCamera' }
  | { readonly kind: 'failed'; readonly code: ServiceFailureCode };

/**
 * Certify items: the live camera picture with an oval to put the face in, spoken guidance, a three-second
 * "请保持不动" countdown, one frame sent to the platform, and the platform's decision on the next page. The
 * camera is closed as soon as the frame is taken or the page is left; the frame is kept nowhere.
 */
export function FaceScreen({ flow }: { flow: FlowController }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { client } = useKiosk();
  const speech = useSpeech();
  const video = useRef<HTMLVideoElement>(null);
  const camera = useRef<OpenCamera | undefined>(undefined);
  const [phase, setPhase] = useState<Phase>({ kind: 'opening' });
  const [attempt, setAttempt] = useState(0);
  const flowRef = useRef(flow);
  flowRef.current = flow;

  // Open the camera (again after a retake), close it when leaving.
  useEffect(() => {
    let live = true;
    const videoElement = video.current;
    setPhase({ kind: 'opening' });
    void (async () => {
      const profile = await client.call('devices.camera.profile', { device: 'faceCamera' });
      if (!live) return;
      if (!profile.ok) return setPhase({ kind: 'noCamera' });
      const opened = await openFaceCamera(profile.value);
      if (!live) {
        if (opened.ok) opened.camera.stop();
        return;
      }
      if (!opened.ok) {
        if (opened.report !== 'notConfigured')
          void client.call('devices.camera.report', { device: 'faceCamera', report: opened.report });
        return setPhase({ kind: 'noCamera' });
      }
      camera.current = opened.camera;
      if (!opened.camera.simulated)
        void client.call('devices.camera.report', { device: 'faceCamera', report: 'ready' });
      const element = video.current;
      if (element) {
        element.srcObject = opened.camera.stream;
        await element.play().catch(() => undefined);
      }
      if (live) setPhase({ kind: 'ready' });
    })();
    return () => {
      live = false;
      camera.current?.stop();
      camera.current = undefined;
      if (videoElement) videoElement.srcObject = null;
    };
  }, [client, attempt]);

  useEffect(() => {
    if (phase.kind === 'ready') speech.speak(t('service.face.spokenReady'), { interrupt: true });
    if (phase.kind === 'holding' && phase.seconds === HOLD_STILL_SECONDS)
      speech.speak(t('service.face.holdStill'), { interrupt: true });
    if (phase.kind === 'retake') speech.speak(t(`service.face.retake.${phase.why}`), { interrupt: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- spoken when the phase changes, not on every countdown tick
  }, [phase.kind]);

  const send = useCallback(async () => {
    const element = video.current;
    const f = flowRef.current;
    const idNumber = f.state.idCard?.idNumber;
    if (!element || !idNumber) return setPhase({ kind: 'failed', code: 'notAllowed' });
    const frame = captureFace(element);
    camera.current?.stop();
    camera.current = undefined;
    element.srcObject = null;
    if (!frame) return setPhase({ kind: 'failed', code: 'internalError' });
    if (frame.quality !== 'ok') return setPhase({ kind: 'retake', why: frame.quality });
    setPhase({ kind: 'sending' });
    const reply = await client.call('certification.submit', {
      idempotencyKey: crypto.randomUUID(),
      itemCode: f.target.code,
      idNumber,
      method: 'face',
      photo: {
        mime: 'image/jpeg',
        base64: frame.base64,
        width: frame.width,
        height: frame.height,
        capturedAt: new Date().toISOString(),
      },
    });
    if (!reply.ok) return setPhase({ kind: 'failed', code: reply.error.code });
    if (reply.value.outcome === 'retake') return setPhase({ kind: 'retake', why: 'platform' });
    f.dispatch(outcomeAction('certification', reply.value));
    f.next();
  }, [client]);

  // 3, 2, 1 — then the frame.
  useEffect(() => {
    if (phase.kind !== 'holding') return undefined;
    const timer = window.setTimeout(() => {
      if (phase.seconds > 1) setPhase({ kind: 'holding', seconds: phase.seconds - 1 });
      else void send();
    }, 1000);
    return () => window.clearTimeout(timer);
  }, [phase, send]);

  const again = () => setAttempt((a) => a + 1);
  const showVideo = phase.kind === 'opening' || phase.kind === 'ready' || phase.kind === 'holding';
  const title =
    phase.kind === 'retake'
      ? t('service.face.retakeTitle')
      : phase.kind === 'noCamera'
        ? t('service.face.noCameraTitle')
        : phase.kind === 'holding'
          ? t('service.face.holdStill')
          : t('service.face.title');

  return (
    <ScreenLayout
      screenId="face"
      title={title}
      caption={l(flow.target.name)}
      step={stepNumber(flow.steps, flow.step.key)}
      onBack={phase.kind === 'holding' || phase.kind === 'sending' ? undefined : flow.back}
      onHome={phase.kind === 'holding' || phase.kind === 'sending' ? undefined : flow.home}
      actions={
        phase.kind === 'ready' ? (
          <Button
            variant="primary"
            onClick={() => setPhase({ kind: 'holding', seconds: HOLD_STILL_SECONDS })}
            icon={<Camera className="k-icon" />}
            data-action="start-face"
          >
            {t('service.face.start')}
          </Button>
        ) : phase.kind === 'retake' ? (
          <Button variant="primary" onClick={again} icon={<RotateCcw className="k-icon" />} data-action="retake">
            {t('service.face.again')}
          </Button>
        ) : phase.kind === 'failed' ? (
          <RetryAction context="certify" code={phase.code} onRetry={again} />
        ) : null
      }
    >
      {showVideo ? (
        <>
          <ul className="k-svc-guidance">
            <li>{t('service.face.tip1')}</li>
            <li>{t('service.face.tip2')}</li>
          </ul>
          <div className="k-svc-face" data-face={phase.kind}>
            <video
              ref={video}
              className="k-svc-face__video"
              muted
              playsInline
              aria-label={t('service.face.videoLabel')}
            />
            <div className="k-svc-face__oval" aria-hidden="true" />
            {phase.kind === 'holding' ? (
              <div className="k-svc-face__count" role="timer" aria-live="assertive">
                <span className="k-svc-face__number">{phase.seconds}</span>
                <span>{t('service.face.holdStill')}</span>
              </div>
            ) : null}
            {phase.kind === 'opening' ? (
              <div className="k-svc-face__count">
                <LoadingNotice text={t('service.face.opening')} />
              </div>
            ) : null}
          </div>
        </>
      ) : null}
      {phase.kind === 'sending' ? <LoadingNotice text={t('service.face.sending')} /> : null}
      {phase.kind === 'retake' ? (
        <Notice tone="warning" title={t('service.face.retakeTitle')}>
          <p>{t(`service.face.retake.${phase.why}`)}</p>
        </Notice>
      ) : null}
      {phase.kind === 'noCamera' ? (
        <Notice tone="warning" title={t('service.face.noCameraTitle')}>
          <p>{t('service.face.noCameraBody')}</p>
        </Notice>
      ) : null}
      {phase.kind === 'failed' ? <ServiceProblemNotice context="certify" code={phase.code} /> : null}
    </ScreenLayout>
  );
}
