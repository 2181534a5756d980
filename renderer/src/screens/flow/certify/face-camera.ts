import type { CameraProfile } from '../../../../../shared/devices/capture.js';
import { type OpenCamera, type OpenCameraResult, openCamera } from '../steps/document-camera.js';
import { captureSize, type FrameQuality, frameQuality, lumaSamples } from './face-logic.js';

/**
 * The face camera in the page. A real camera opens as the document camera does (getUserMedia, the profiled
 * device); the simulated one is a canvas drawing a sample face, streamed like a camera, so the page and the
 * tests run the same code without hardware.
 */
export async function openFaceCamera(profile: CameraProfile): Promise<OpenCameraResult> {
  if (profile.configured && profile.simulated) return { ok: true, camera: syntheticFaceCamera() };
  return openCamera(profile);
}

function syntheticFaceCamera(): OpenCamera {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 480;
  const context = canvas.getContext('2d');
  let frame = 0;
  const draw = () => {
    if (!context) return;
    frame += 1;
    const w = canvas.width;
    const h = canvas.height;
    const sway = Math.sin(frame / 12) * 4;
    const gradient = context.createLinearGradient(0, 0, w, h);
    gradient.addColorStop(0, '#8fa3b8');
    gradient.addColorStop(1, '#4d5f73');
    context.fillStyle = gradient;
    context.fillRect(0, 0, w, h);
    // Shoulders, face, hair, eyes and mouth: enough texture for a realistic JPEG, clearly not a person.
    context.fillStyle = '#2f3d52';
    context.beginPath();
    context.ellipse(w / 2 + sway, h * 1.02, w * 0.36, h * 0.28, 0, 0, Math.PI * 2);
    context.fill();
    context.fillStyle = '#e3b48f';
    context.beginPath();
    context.ellipse(w / 2 + sway, h * 0.46, w * 0.15, h * 0.26, 0, 0, Math.PI * 2);
    context.fill();
    context.fillStyle = '#2b2220';
    context.beginPath();
    context.ellipse(w / 2 + sway, h * 0.27, w * 0.16, h * 0.1, 0, Math.PI, Math.PI * 2);
    context.fill();
    context.fillStyle = '#1c1c1c';
    const blink = frame % 40 < 3 ? 0.2 : 1;
    for (const dx of [-0.055, 0.055]) {
      context.beginPath();
      context.ellipse(w / 2 + sway + dx * w, h * 0.42, w * 0.018, h * 0.018 * blink, 0, 0, Math.PI * 2);
      context.fill();
    }
    context.strokeStyle = '#8a4b3c';
    context.lineWidth = 4;
    context.beginPath();
    context.arc(w / 2 + sway, h * 0.55, w * 0.04, 0.15 * Math.PI, 0.85 * Math.PI);
    context.stroke();
    // Drawn mirrored (the page shows the camera as a mirror) and centred, so it reads right and is never cropped.
    context.save();
    context.scale(-1, 1);
    context.fillStyle = 'rgba(255,255,255,0.85)';
    context.font = 'bold 22px sans-serif';
    context.textAlign = 'center';
    context.fillText('样本 SAMPLE · 模拟摄像头', -w / 2, h * 0.9);
    context.restore();
  };
  draw();
  const timer = window.setInterval(draw, 80);
  const stream = canvas.captureStream(12);
  return {
    stream,
    simulated: true,
    stop: () => {
      window.clearInterval(timer);
      stream.getTracks().forEach((track) => track.stop());
    },
  };
}

export interface FaceFrame {
  readonly base64: string;
  readonly width: number;
  readonly height: number;
  readonly quality: FrameQuality;
}

/** The current video frame as a JPEG (at most 640 px wide) with a quick check of its light and contrast. */
export function captureFace(video: HTMLVideoElement): FaceFrame | undefined {
  const { width, height } = captureSize(video.videoWidth, video.videoHeight);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.drawImage(video, 0, 0, width, height);
  // The middle of the frame, where the oval is, decides whether the light is good enough.
  const sample = context.getImageData(
    Math.round(width * 0.3),
    Math.round(height * 0.2),
    Math.round(width * 0.4),
    Math.round(height * 0.6),
  );
  const quality = frameQuality(lumaSamples(sample.data, 7));
  const dataUrl = canvas.toDataURL('image/jpeg', 0.85);
  return { base64: dataUrl.slice(dataUrl.indexOf(',') + 1), width, height, quality };
}
