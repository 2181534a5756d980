import { Camera, RotateCcw } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Material } from '../../../../../shared/catalog/schema.js';
import { useKiosk } from '../../../context/kiosk-context.js';
import { Button } from '../../../components/Button.js';
import { Dialog } from '../../../components/Dialog.js';
import { Notice } from '../../../components/Notice.js';
import { useLocalized } from '../../../i18n/use-localized.js';
import { trackObjectUrl } from '../../../session/wipe-browser-state.js';
import type { ScannedPage } from '../steps/apply-outcome.js';
import { blobRef } from './blob-ref.js';
import { captureFrame, type OpenCamera, openCamera } from '../steps/document-camera.js';
import { putImage } from './put-image.js';
import { useSpeakOnEnter } from '../steps/use-speak-on-enter.js';

export interface ScanDialogProps {
  readonly material: Material;
  readonly maxPages: number;
  readonly onDone: (pages: readonly ScannedPage[]) => void;
  readonly onCancel: () => void;
}

type CameraState = { readonly kind: 'opening' } | { readonly kind: 'live' } | { readonly kind: 'failed' };

/** The photo being checked, with its bytes until main has kept them. */
type PendingPage = ScannedPage & { readonly blob: Blob };

/**
 * Photographing a material with the document camera: a live preview, 拍照, the photo to check with 重拍 or
 * 使用这张, more pages up to the material's maximum, then 完成. 使用这张 hands the photo to main (kept encrypted
 * for the application, which names it by its SHA-256) and only then adds the page; a failure says so, with a
 * retry. The page shows them from object URLs, revoked by the session wipe.
 */
export function ScanDialog({ material, maxPages, onDone, onCancel }: ScanDialogProps) {
  const { t } = useTranslation();
  const l = useLocalized();
  const { client } = useKiosk();
  const video = useRef<HTMLVideoElement>(null);
  const camera = useRef<OpenCamera | undefined>(undefined);
  const [cameraState, setCameraState] = useState<CameraState>({ kind: 'opening' });
  const [pages, setPages] = useState<readonly ScannedPage[]>([]);
  const [pending, setPending] = useState<PendingPage | undefined>();
  const [busy, setBusy] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const name = l(material.name);

  useSpeakOnEnter(t('apply.camera.spoken'));

  useEffect(() => {
    let active = true;
    void (async () => {
      const profile = await client.call('devices.camera.profile', { device: 'documentCamera' });
      if (!active) return;
      if (!profile.ok) return setCameraState({ kind: 'failed' });
      const opened = await openCamera(profile.value);
      if (!active) {
        if (opened.ok) opened.camera.stop();
        return;
      }
      if (!opened.ok) {
        if (opened.report !== 'notConfigured')
          void client.call('devices.camera.report', { device: 'documentCamera', report: opened.report });
        return setCameraState({ kind: 'failed' });
      }
      camera.current = opened.camera;
      if (!opened.camera.simulated)
        void client.call('devices.camera.report', { device: 'documentCamera', report: 'ready' });
      setCameraState({ kind: 'live' });
    })();
    return () => {
      active = false;
      camera.current?.stop();
      camera.current = undefined;
    };
  }, [client]);

  // Attach the stream once the video element is on the page.
  useEffect(() => {
    const element = video.current;
    if (cameraState.kind !== 'live' || !element || !camera.current) return;
    if (element.srcObject !== camera.current.stream) element.srcObject = camera.current.stream;
    void element.play().catch(() => undefined);
  }, [cameraState, pending]);

  async function capture() {
    const element = video.current;
    if (!element || busy) return;
    setBusy(true);
    try {
      const blob = await captureFrame(element);
      if (!blob) return;
      setPending({ url: trackObjectUrl(blob), ref: await blobRef(blob), blob });
    } finally {
      setBusy(false);
    }
  }

  function retake() {
    if (pending) URL.revokeObjectURL(pending.url);
    setPending(undefined);
    setSaveFailed(false);
  }

  async function keepPage() {
    if (!pending || busy) return;
    setBusy(true);
    setSaveFailed(false);
    try {
      const saved = await putImage(client, pending.blob, pending.ref);
      if (!saved.ok) return setSaveFailed(true);
      const { url, ref } = pending;
      setPages((current) => [...current, { url, ref }]);
      setPending(undefined);
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    if (pending) URL.revokeObjectURL(pending.url);
    for (const page of pages) URL.revokeObjectURL(page.url);
    onCancel();
  }

  const full = pages.length >= maxPages;
  const actions =
    cameraState.kind === 'failed' ? (
      <Button variant="primary" onClick={cancel} data-action="close-camera">
        {t('common.close')}
      </Button>
    ) : pending ? (
      <>
        <Button onClick={retake} disabled={busy} icon={<RotateCcw className="k-icon" />} data-action="retake">
          {t('apply.camera.retake')}
        </Button>
        <Button
          variant="primary"
          onClick={() => void keepPage()}
          disabled={busy}
          data-action={saveFailed ? 'retry-save-page' : 'use-page'}
        >
          {saveFailed ? t('common.retry') : t('apply.camera.usePage')}
        </Button>
      </>
    ) : (
      <>
        <Button onClick={cancel} data-action="cancel-scan">
          {t('common.cancel')}
        </Button>
        {pages.length > 0 ? (
          <Button variant={full ? 'primary' : 'secondary'} onClick={() => onDone(pages)} data-action="scan-done">
            {t('apply.camera.done')}
          </Button>
        ) : null}
        {!full ? (
          <Button
            variant={pages.length > 0 ? 'secondary' : 'primary'}
            onClick={() => void capture()}
            disabled={cameraState.kind !== 'live' || busy}
            icon={<Camera className="k-icon" />}
            data-action="capture"
          >
            {pages.length > 0 ? t('apply.camera.nextPage') : t('apply.camera.capture')}
          </Button>
        ) : null}
      </>
    );

  return (
    <Dialog open dialogId="scan" title={t('apply.camera.title', { name })} onDismiss={cancel} actions={actions}>
      {cameraState.kind === 'failed' ? (
        <Notice tone="warning" title={t('apply.camera.failed')} />
      ) : (
        <>
          {saveFailed ? <Notice tone="warning" title={t('apply.camera.saveFailed')} /> : null}
          <p data-camera-hint={pending ? (busy ? 'saving' : 'check') : 'place'} role={busy ? 'status' : undefined}>
            {pending
              ? busy
                ? t('apply.camera.saving')
                : t('apply.camera.checkPhoto')
              : `${material.description ? `${l(material.description)}。` : ''}${t('apply.camera.instruction')}`}
          </p>
          <div className="k-scan__stage">
            {pending ? (
              <img
                className="k-scan__image"
                src={pending.url}
                alt={t('apply.camera.previewAlt', { page: pages.length + 1 })}
                data-preview="pending"
              />
            ) : cameraState.kind === 'live' ? (
              <video
                ref={video}
                className="k-scan__image"
                muted
                playsInline
                aria-label={t('apply.camera.liveAlt')}
                data-preview="live"
              />
            ) : (
              <p role="status">{t('apply.camera.opening')}</p>
            )}
          </div>
          <p className="k-scan__count" role="status" data-pages={pages.length}>
            {full
              ? t('apply.camera.pages', { count: pages.length })
              : t('apply.camera.pageOf', { page: pages.length + 1, max: maxPages })}
          </p>
          {pages.length > 0 ? (
            <ul className="k-scan__thumbs" role="list">
              {pages.slice(-4).map((page, i) => (
                <li key={page.url}>
                  <img
                    src={page.url}
                    alt={t('apply.camera.previewAlt', { page: pages.length - Math.min(4, pages.length) + i + 1 })}
                  />
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </Dialog>
  );
}
