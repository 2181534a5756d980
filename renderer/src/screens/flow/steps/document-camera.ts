import {
  type CameraProfile,
  type CameraReport,
  MAX_IMAGE_BASE64_CHARS,
} from '../../../../../shared/devices/capture.js';

/**
 * The document camera (高拍仪) in the page: main says which camera and at what size (devices.camera.profile),
 * the page opens it with getUserMedia and tells main whether that worked (devices.camera.report). A simulated
 * camera is a canvas that draws a sample page, streamed like a real camera, so every screen and test runs the
 * same code without hardware.
 */

export interface CameraCandidate {
  readonly deviceId: string;
  readonly kind: string;
  readonly label: string;
}

/**
 * The video input the profile names: the one whose label contains `labelContains` (case-insensitive), else the
 * one whose label carries "(vid:pid)", else the only camera there is. Undefined when nothing matches.
 */
export function pickCamera(
  devices: readonly CameraCandidate[],
  profile: Pick<CameraProfile, 'labelContains' | 'usbId'>,
): string | undefined {
  const cameras = devices.filter((d) => d.kind === 'videoinput');
  if (profile.labelContains) {
    const wanted = profile.labelContains.toLowerCase();
    const hit = cameras.find((d) => d.label.toLowerCase().includes(wanted));
    if (hit) return hit.deviceId;
  }
  if (profile.usbId) {
    const hit = cameras.find((d) => d.label.toLowerCase().includes(`(${profile.usbId})`));
    if (hit) return hit.deviceId;
  }
  if (!profile.labelContains && !profile.usbId && cameras.length === 1) return cameras[0]?.deviceId;
  return undefined;
}

/** getUserMedia errors → what main is told. */
export function cameraReportFor(error: unknown): CameraReport {
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
      ? String((error as { name: unknown }).name)
      : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'permissionDenied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'notFound';
  return 'error';
}

/** Width and height of a capture whose long side is at most `maxLongSide` (keeps the shape). */
export function captureSize(width: number, height: number, maxLongSide = 2400): { width: number; height: number } {
  const scale = Math.min(1, maxLongSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export interface OpenCamera {
  readonly stream: MediaStream;
  readonly simulated: boolean;
  stop(): void;
}

export type OpenCameraResult =
  | { readonly ok: true; readonly camera: OpenCamera }
  | { readonly ok: false; readonly report: CameraReport | 'notConfigured' };

/** Opens the profiled camera (or the simulated page) for a live preview. */
export async function openCamera(profile: CameraProfile): Promise<OpenCameraResult> {
  if (!profile.configured) return { ok: false, report: 'notConfigured' };
  if (profile.simulated) return { ok: true, camera: syntheticPageCamera(profile.width, profile.height) };
  try {
    if (!navigator.mediaDevices?.getUserMedia) return { ok: false, report: 'error' };
    // Labels are only listed once the page may use a camera; ask for any first when they are empty.
    let devices = await navigator.mediaDevices.enumerateDevices();
    let probe: MediaStream | undefined;
    if (devices.some((d) => d.kind === 'videoinput' && d.label === '')) {
      probe = await navigator.mediaDevices.getUserMedia({ video: true });
      devices = await navigator.mediaDevices.enumerateDevices();
    }
    const deviceId = pickCamera(devices, profile);
    probe?.getTracks().forEach((track) => track.stop());
    if (!deviceId) return { ok: false, report: 'notFound' };
    const stream = await navigator.mediaDevices.getUserMedia({
      video: { deviceId: { exact: deviceId }, width: { ideal: profile.width }, height: { ideal: profile.height } },
      audio: false,
    });
    return {
      ok: true,
      camera: { stream, simulated: false, stop: () => stream.getTracks().forEach((track) => track.stop()) },
    };
  } catch (error) {
    return { ok: false, report: cameraReportFor(error) };
  }
}

/** A moving sample page on a canvas, streamed: the simulated document camera. */
function syntheticPageCamera(width: number, height: number): OpenCamera {
  const size = captureSize(width, height, 1280);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  let frame = 0;
  const draw = () => {
    if (!context) return;
    frame += 1;
    const w = canvas.width;
    const h = canvas.height;
    context.fillStyle = '#5b6470';
    context.fillRect(0, 0, w, h);
    const pageW = h * 0.7;
    const x = (w - pageW) / 2 + Math.sin(frame / 15) * 6;
    const y = h * 0.06;
    context.fillStyle = '#ffffff';
    context.fillRect(x, y, pageW, h * 0.88);
    context.fillStyle = '#1f2933';
    context.font = `bold ${Math.round(h * 0.05)}px sans-serif`;
    context.fillText('样本 SAMPLE', x + pageW * 0.1, y + h * 0.1);
    context.fillStyle = '#9aa5b1';
    for (let line = 0; line < 14; line += 1)
      context.fillRect(
        x + pageW * 0.1,
        y + h * 0.16 + line * h * 0.05,
        pageW * (line % 3 === 2 ? 0.5 : 0.8),
        h * 0.018,
      );
  };
  draw();
  const timer = window.setInterval(draw, 100);
  const stream = canvas.captureStream(10);
  return {
    stream,
    simulated: true,
    stop: () => {
      window.clearInterval(timer);
      stream.getTracks().forEach((track) => track.stop());
    },
  };
}

/** The largest image main keeps (attachments.put): the base64 cap of a captured image, in bytes. */
export const MAX_IMAGE_BYTES = Math.floor(MAX_IMAGE_BASE64_CHARS / 4) * 3;

/** JPEG qualities tried in turn, then the size halved, until the page fits MAX_IMAGE_BYTES. */
const QUALITIES = [0.85, 0.7, 0.55] as const;

/**
 * The current video frame as a JPEG (long side ≤ 2400 px, quality 0.85: an A4 page is normally well under the
 * size limit); a busy page that is not is encoded again at a lower quality, then smaller, so it always fits.
 */
export async function captureFrame(video: HTMLVideoElement): Promise<Blob | null> {
  let { width, height } = captureSize(video.videoWidth || 1280, video.videoHeight || 960);
  for (let round = 0; round < 3; round += 1) {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')?.drawImage(video, 0, 0, width, height);
    for (const quality of QUALITIES) {
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
      if (!blob || blob.size <= MAX_IMAGE_BYTES) return blob;
    }
    ({ width, height } = captureSize(width, height, Math.round(Math.max(width, height) / 2)));
  }
  return null;
}
