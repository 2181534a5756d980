import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { useKiosk } from '../../context/kiosk-context.js';
import { openFaceCamera } from '../../screens/flow/certify/face-camera.js';
import { type OpenCamera, openCamera } from '../../screens/flow/steps/document-camera.js';

const failureReason = {
  notConfigured: 'notConfigured',
  notFound: 'cameraNotFound',
  permissionDenied: 'cameraPermissionDenied',
  error: 'cameraError',
} as const;

/**
 * Camera preview: the page opens the camera main's profile names, as the citizen screens do
 * (devices.camera.profile, getUserMedia; the simulator's synthetic picture), shows it live and the
 * technician says 看得清 or 看不清. The picture is never captured or sent anywhere.
 */
export function CameraStep({
  device,
  onDone,
  onBack,
}: {
  device: 'documentCamera' | 'faceCamera';
  onDone: (result: { ok: boolean; reason?: string }) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const { client } = useKiosk();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<'opening' | 'live' | keyof typeof failureReason>('opening');

  useEffect(() => {
    let camera: OpenCamera | undefined;
    let left = false;
    const element = video.current;
    void (async () => {
      const profile = await client.call('devices.camera.profile', { device });
      if (left) return;
      if (!profile.ok) return setState('error');
      const opened = device === 'faceCamera' ? await openFaceCamera(profile.value) : await openCamera(profile.value);
      if (left) {
        if (opened.ok) opened.camera.stop();
        return;
      }
      if (!opened.ok) {
        if (opened.report !== 'notConfigured')
          void client.call('devices.camera.report', { device, report: opened.report });
        return setState(opened.report === 'ready' ? 'error' : opened.report);
      }
      camera = opened.camera;
      if (!opened.camera.simulated) void client.call('devices.camera.report', { device, report: 'ready' });
      if (element) {
        element.srcObject = opened.camera.stream;
        void element.play().catch(() => undefined);
      }
      setState('live');
    })();
    return () => {
      left = true;
      camera?.stop();
      if (element) element.srcObject = null;
    };
  }, [client, device]);

  const name = t(`admin.checks.names.${device}`);
  const failed = state !== 'opening' && state !== 'live';
  return (
    <section className="k-check-step k-admin-page k-camera-step" data-admin-page="check-camera" data-camera={state}>
      <h2 id="k-admin-section-title" className="k-admin-page__title">
        {t('admin.checks.step.cameraHeading', { name })}
      </h2>
      <p>{t('admin.checks.step.cameraHint')}</p>
      <div className="k-camera-step__view">
        <video ref={video} muted playsInline aria-label={name} className={device === 'faceCamera' ? 'k-mirror' : ''} />
        {state === 'opening' ? <p className="k-camera-step__overlay">{t('admin.checks.step.cameraOpening')}</p> : null}
      </div>
      {failed ? (
        <Notice tone="warning">
          {t('admin.checks.step.cameraFailed', { reason: t(`admin.checks.reasons.${failureReason[state]}`) })}
        </Notice>
      ) : null}
      <div className="k-admin-actions">
        {failed ? (
          <Button variant="primary" onClick={() => onDone({ ok: false, reason: failureReason[state] })}>
            {t('admin.checks.step.recordFailure')}
          </Button>
        ) : (
          <>
            <Button
              variant="primary"
              disabled={state !== 'live'}
              onClick={() => onDone({ ok: true })}
              data-action="camera-clear"
            >
              {t('admin.checks.step.clear')}
            </Button>
            <Button
              disabled={state !== 'live'}
              onClick={() => onDone({ ok: false, reason: 'notClear' })}
              data-action="camera-not-clear"
            >
              {t('admin.checks.step.notClear')}
            </Button>
          </>
        )}
        <Button onClick={onBack}>{t('admin.checks.step.back')}</Button>
      </div>
    </section>
  );
}
