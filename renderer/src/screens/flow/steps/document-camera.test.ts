import { describe, expect, it } from 'vitest';
import { blobRef } from '../apply/blob-ref.js';
import { cameraReportFor, captureSize, pickCamera } from './document-camera.js';

const devices = [
  { deviceId: 'mic', kind: 'audioinput', label: 'Microphone' },
  { deviceId: 'face', kind: 'videoinput', label: 'HD Webcam (0c45:6366)' },
  { deviceId: 'doc', kind: 'videoinput', label: 'Eloam Document Camera (2bdf:0280)' },
];

describe('document camera', () => {
  it('picks the profiled camera by label, then by USB id', () => {
    expect(pickCamera(devices, { labelContains: 'eloam' })).toBe('doc');
    expect(pickCamera(devices, { usbId: '2bdf:0280' })).toBe('doc');
    expect(pickCamera(devices, { labelContains: 'nothing', usbId: '0c45:6366' })).toBe('face');
    expect(pickCamera(devices, { labelContains: 'nothing' })).toBeUndefined();
    expect(pickCamera(devices, {})).toBeUndefined();
    expect(pickCamera([devices[2] as (typeof devices)[number]], {})).toBe('doc');
  });
  it('tells main why a camera did not open', () => {
    expect(cameraReportFor({ name: 'NotAllowedError' })).toBe('permissionDenied');
    expect(cameraReportFor({ name: 'NotFoundError' })).toBe('notFound');
    expect(cameraReportFor(new Error('boom'))).toBe('error');
  });
  it('keeps captures within 2400 px on the long side', () => {
    expect(captureSize(2592, 1944)).toEqual({ width: 2400, height: 1800 });
    expect(captureSize(1280, 960)).toEqual({ width: 1280, height: 960 });
  });
  it('names an image by its SHA-256', async () => {
    expect(await blobRef(new Blob(['abc']))).toBe(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
