import { type CameraProfile, type CapturedImage, MAX_IMAGE_BASE64_CHARS } from '../../../shared/devices/capture.js';
import type { KioskClient } from '../../../shared/kiosk-client.js';

/**
 * Renderer side of the document camera (高拍仪), face camera and signature (shared/devices/capture.ts).
 * Main says which camera and at what size (devices.camera.profile); this opens it with getUserMedia, tells
 * main whether that worked (devices.camera.report, which feeds availability), and turns a frame or a
 * signature canvas into a CapturedImage that fits a contract call. Under a simulator profile it draws a
 * synthetic page instead of opening a camera, so flows run on any machine.
 */
export type OpenedCamera =
  | { readonly ok: true; readonly stream: MediaStream; readonly profile: CameraProfile; close(): void }
  | { readonly ok: false; readonly reason: 'notConfigured' | 'notFound' | 'permissionDenied' | 'error' };

export async function openProfiledCamera(
  client: KioskClient,
  device: 'documentCamera' | 'faceCamera',
): Promise<OpenedCamera> {
  const reply = await client.call('devices.camera.profile', { device });
  if (!reply.ok || !reply.value.configured) return { ok: false, reason: 'notConfigured' };
  const profile = reply.value;
  const report = (r: 'ready' | 'notFound' | 'permissionDenied' | 'error') =>
    void client.call('devices.camera.report', { device, report: r });
  if (profile.simulated) {
    const stream = syntheticStream(profile);
    report('ready');
    return { ok: true, stream, profile, close: () => stopStream(stream) };
  }
  try {
    // Labels are only visible once the page may use a camera: ask once, then pick the profiled one.
    const probe = await navigator.mediaDevices.getUserMedia({ video: true });
    stopStream(probe);
    const cameras = (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'videoinput');
    const chosen = pickCamera(cameras, profile);
    if (!chosen) {
      report('notFound');
      return { ok: false, reason: 'notFound' };
    }
    const stream = await navigator.mediaDevices.getUserMedia({
      video: {
        deviceId: { exact: chosen.deviceId },
        width: { ideal: profile.width },
        height: { ideal: profile.height },
      },
    });
    report('ready');
    return { ok: true, stream, profile, close: () => stopStream(stream) };
  } catch (error) {
    const name = (error as DOMException).name;
    const reason =
      name === 'NotAllowedError' || name === 'SecurityError'
        ? 'permissionDenied'
        : name === 'NotFoundError' || name === 'OverconstrainedError'
          ? 'notFound'
          : 'error';
    report(reason);
    return { ok: false, reason };
  }
}

/** The camera whose label contains the profile's text, else one whose label carries "(vid:pid)", else none. */
export function pickCamera(
  cameras: readonly Pick<MediaDeviceInfo, 'deviceId' | 'label'>[],
  profile: Pick<CameraProfile, 'labelContains' | 'usbId'>,
) {
  const byLabel = profile.labelContains?.toLowerCase();
  if (byLabel) return cameras.find((c) => c.label.toLowerCase().includes(byLabel));
  if (profile.usbId) return cameras.find((c) => c.label.toLowerCase().includes(`(${profile.usbId})`));
  return cameras.length === 1 ? cameras[0] : undefined;
}

export interface CaptureOptions {
  readonly kind: CapturedImage['kind'];
  readonly source: CapturedImage['source'];
  /** Longest side in pixels; larger frames are scaled down (2400 keeps an A4 page legible). */
  readonly maxLongSide?: number;
}

/** A JPEG of the current video frame, scaled and compressed until it fits a contract call. */
export function captureFrame(video: HTMLVideoElement, options: CaptureOptions): CapturedImage {
  const scale = Math.min(1, (options.maxLongSide ?? 2400) / Math.max(video.videoWidth || 1, video.videoHeight || 1));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(video.videoWidth * scale));
  canvas.height = Math.max(1, Math.round(video.videoHeight * scale));
  canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height);
  return encodeCanvas(canvas, options.kind, options.source, 'image/jpeg');
}

/** The signature drawn on the touch screen, as a PNG (small: strokes on white). */
export function signatureImage(canvas: HTMLCanvasElement): CapturedImage {
  return encodeCanvas(canvas, 'signature', 'touchScreen', 'image/png');
}

function encodeCanvas(
  canvas: HTMLCanvasElement,
  kind: CapturedImage['kind'],
  source: CapturedImage['source'],
  mime: CapturedImage['mime'],
): CapturedImage {
  let quality = 0.85;
  let base64 = canvas.toDataURL(mime, quality).split(',')[1] ?? '';
  while (mime === 'image/jpeg' && base64.length > MAX_IMAGE_BASE64_CHARS && quality > 0.3) {
    quality -= 0.15;
    base64 = canvas.toDataURL(mime, quality).split(',')[1] ?? '';
  }
  return {
    kind,
    mime,
    base64,
    width: canvas.width,
    height: canvas.height,
    capturedAt: new Date().toISOString(),
    source,
  };
}

function stopStream(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/** A moving synthetic "document" for the simulator profile. */
function syntheticStream(profile: CameraProfile): MediaStream {
  const canvas = document.createElement('canvas');
  canvas.width = Math.min(profile.width, 1600);
  canvas.height = Math.round((canvas.width * profile.height) / profile.width);
  const context = canvas.getContext('2d');
  let frame = 0;
  const draw = () => {
    if (!context) return;
    context.fillStyle = '#5b6470';
    context.fillRect(0, 0, canvas.width, canvas.height);
    const w = canvas.height * 0.7;
    const h = w * 1.414;
    const x = (canvas.width - w) / 2;
    const y = (canvas.height - h * 0.9) / 2;
    context.fillStyle = '#fdfdf8';
    context.fillRect(x, y, w, h * 0.9);
    context.fillStyle = '#222';
    context.font = `${Math.round(w / 14)}px sans-serif`;
    context.fillText(
      profile.device === 'documentCamera' ? '模拟高拍仪 · 示例材料' : '模拟摄像头',
      x + w * 0.08,
      y + w * 0.15,
    );
    context.font = `${Math.round(w / 24)}px sans-serif`;
    for (let line = 0; line < 12; line += 1)
      context.fillRect(x + w * 0.08, y + w * 0.25 + line * w * 0.07, w * (0.6 + ((line * 37) % 25) / 100), w * 0.015);
    context.fillText(`frame ${frame++}`, x + w * 0.08, y + h * 0.85);
  };
  draw();
  const timer = setInterval(draw, 200);
  const stream = canvas.captureStream(5);
  for (const track of stream.getTracks()) track.addEventListener('ended', () => clearInterval(timer));
  return stream;
}
