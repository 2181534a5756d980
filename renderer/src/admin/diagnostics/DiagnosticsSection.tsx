import { Download, RefreshCw, Usb } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemovableDrive } from '../../../../shared/contract/admin-diagnostics.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { useConsoleCall } from '../admin-context.js';
import { formatBytes } from '../status/format.js';
import './DiagnosticsSection.css';

const knownErrors = new Set([
  'noSuchDrive',
  'driveReadOnly',
  'driveFull',
  'writeFailed',
  'bundleTooLarge',
  'notOffered',
]);

interface Outcome {
  readonly tone: 'success' | 'warning';
  readonly text: string;
  readonly sha256?: string;
}

/** Hands the page a file to save: the browser's download of a Blob (the web host; Electron saves to USB only). */
function saveBlob(fileName: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** 诊断: one bundle, saved to a USB drive the technician picks, or downloaded under the web host. */
export function DiagnosticsSection() {
  const { t } = useTranslation();
  const call = useConsoleCall();
  const [drives, setDrives] = useState<RemovableDrive[]>();
  const [canDownload, setCanDownload] = useState(false);
  const [chosen, setChosen] = useState<string>();
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const list = useCallback(async () => {
    const reply = await call('admin.diagnostics.drives', {});
    if (!reply.ok)
      return setOutcome({ tone: 'warning', text: t('admin.diagnostics.errors.other', { code: reply.error.code }) });
    setDrives(reply.value.drives);
    setCanDownload(reply.value.canDownload);
    setChosen((current) =>
      reply.value.drives.some((d) => d.id === current && d.writable)
        ? current
        : reply.value.drives.find((d) => d.writable)?.id,
    );
  }, [call, t]);
  useEffect(() => {
    void list();
  }, [list]);

  const failed = (code: string) =>
    setOutcome({
      tone: 'warning',
      text: knownErrors.has(code)
        ? t(`admin.diagnostics.errors.${code}`)
        : t('admin.diagnostics.errors.other', { code }),
    });

  const save = async () => {
    if (!chosen) return;
    setWorking(true);
    setOutcome(undefined);
    const reply = await call('admin.diagnostics.saveToDrive', { driveId: chosen });
    setWorking(false);
    if (!reply.ok) return failed(reply.error.code);
    setOutcome({
      tone: 'success',
      text: `${t('admin.diagnostics.saved', { file: reply.value.fileName, size: formatBytes(reply.value.bytes) })} ${t('admin.diagnostics.pullOut')}`,
      sha256: reply.value.sha256,
    });
    await list();
  };

  const download = async () => {
    setWorking(true);
    setOutcome(undefined);
    const reply = await call('admin.diagnostics.download', {});
    setWorking(false);
    if (!reply.ok) return failed(reply.error.code);
    saveBlob(reply.value.fileName, reply.value.base64);
    setOutcome({
      tone: 'success',
      text: t('admin.diagnostics.downloaded', { file: reply.value.fileName, size: formatBytes(reply.value.bytes) }),
      sha256: reply.value.sha256,
    });
  };

  return (
    <section className="k-admin-page k-diagnostics" data-admin-page="diagnostics" aria-busy={working}>
      <h2 id="k-admin-section-title" className="k-admin-page__title">
        {t('admin.diagnostics.heading')}
      </h2>
      <p>{t('admin.diagnostics.intro')}</p>

      <div className="k-diagnostics__drives-head">
        <h3 id="k-diagnostics-drives">{t('admin.diagnostics.drives')}</h3>
        <Button
          onClick={() => void list()}
          icon={<RefreshCw className="k-icon" />}
          data-action="refresh-drives"
          disabled={working}
        >
          {t('admin.diagnostics.refresh')}
        </Button>
      </div>
      {drives && drives.length === 0 ? <p data-diagnostics-drives="none">{t('admin.diagnostics.noDrives')}</p> : null}
      {drives && drives.length > 0 ? (
        <div className="k-diagnostics__drives" role="radiogroup" aria-labelledby="k-diagnostics-drives">
          {drives.map((drive) => (
            <button
              key={drive.id}
              type="button"
              role="radio"
              aria-checked={chosen === drive.id}
              disabled={!drive.writable || working}
              className="k-diagnostics__drive"
              data-drive={drive.id}
              onClick={() => setChosen(drive.id)}
            >
              <Usb className="k-icon" aria-hidden="true" />
              <span className="k-diagnostics__drive-name">{drive.label || drive.id}</span>
              <span className="k-diagnostics__drive-facts">
                {drive.id} · {drive.fileSystem} ·{' '}
                {drive.writable
                  ? t('admin.diagnostics.free', { free: formatBytes(drive.freeBytes) })
                  : t('admin.diagnostics.readOnly')}
              </span>
            </button>
          ))}
        </div>
      ) : null}

      <div className="k-admin-actions">
        <Button
          variant="primary"
          icon={<Usb className="k-icon" />}
          disabled={!chosen || working}
          onClick={() => void save()}
          data-action="save-to-drive"
        >
          {t('admin.diagnostics.save')}
        </Button>
        {canDownload ? (
          <Button
            icon={<Download className="k-icon" />}
            disabled={working}
            onClick={() => void download()}
            data-action="download-bundle"
          >
            {t('admin.diagnostics.download')}
          </Button>
        ) : null}
      </div>
      {working ? (
        <p role="status" data-diagnostics-working>
          {t('admin.diagnostics.working')}
        </p>
      ) : null}
      {outcome ? (
        <div data-diagnostics-outcome={outcome.tone}>
          <Notice tone={outcome.tone}>
            <p>{outcome.text}</p>
            {outcome.sha256 ? (
              <p>
                {t('admin.diagnostics.checksum')} <span className="k-diagnostics__sha">{outcome.sha256}</span>
              </p>
            ) : null}
          </Notice>
        </div>
      ) : null}
    </section>
  );
}
