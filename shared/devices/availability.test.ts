import { describe, expect, it } from 'vitest';
import { checkAvailability, deviceProblem } from './availability.js';
import type { DeviceSnapshot } from './device-status.js';

const at = '2026-01-01T00:00:00.000Z';
const printer = (
  over: Partial<DeviceSnapshot> & { paper?: 'full' | 'low' | 'out' | 'jammed' } = {},
): DeviceSnapshot => ({
  device: 'documentPrinter',
  driver: 'cups',
  status: 'online',
  state: { kind: 'printer', paper: over.paper ?? 'full', media: 'A4' },
  detail: '',
  since: at,
  simulated: false,
  ...over,
});
const reader: DeviceSnapshot = {
  device: 'idCardReader',
  driver: 'samSerial',
  status: 'online',
  state: { kind: 'idCardReader', card: 'absent', sam: 'ok' },
  detail: '',
  since: at,
  simulated: false,
};

describe('item availability from device states', () => {
  it('is available when every required device can serve; paper low and busy still print', () => {
    expect(
      checkAvailability(['idCardReader', 'documentPrinter'], [reader, printer({ paper: 'low', status: 'busy' })]),
    ).toEqual({ available: true, blockers: [] });
    expect(checkAvailability([], [])).toMatchObject({ available: true });
  });

  it('no printer: print items say 暂不可用 and why; items without a printer keep working', () => {
    const snapshots = [reader];
    const print = checkAvailability(['idCardReader', 'documentPrinter'], snapshots);
    expect(print).toMatchObject({
      available: false,
      label: { 'zh-CN': '暂不可用', en: 'Unavailable for now' },
      blockers: [{ device: 'documentPrinter', problem: 'missing' }],
    });
    expect(print.reason).toEqual({
      'zh-CN': '暂不可用：本机未连接打印机。请稍后再试，或到服务窗口办理。',
      en: 'Unavailable for now: this machine has no working printer. Please try again later or go to a service counter.',
    });
    expect(checkAvailability(['idCardReader'], snapshots).available).toBe(true);
  });

  it.each([
    [printer({ paper: 'out' }), 'paperOut', '打印机缺纸'],
    [printer({ paper: 'jammed', status: 'hardwareError' }), 'paperJam', '打印机卡纸'],
    [printer({ status: 'offline' }), 'offline', '打印机未连接或已关闭'],
    [printer({ status: 'userError' }), 'needsAttention', '打印机需要工作人员处理'],
    [printer({ driver: 'none', status: 'noDevice' }), 'missing', '本机未连接打印机'],
  ])('names the problem: %#', (snapshot, problem, text) => {
    const result = checkAvailability(['documentPrinter'], { documentPrinter: snapshot });
    expect(result.blockers[0]).toMatchObject({ problem, text: { 'zh-CN': text } });
  });

  it('lists every blocker once, in order, and knows reader and camera problems', () => {
    const samFault: DeviceSnapshot = {
      ...reader,
      status: 'hardwareError',
      state: { kind: 'idCardReader', card: 'unknown', sam: 'fault' },
    };
    const result = checkAvailability(
      ['idCardReader', 'documentPrinter', 'idCardReader', 'documentCamera'],
      [samFault, printer({ paper: 'out' })],
    );
    expect(result.blockers.map((b) => b.problem)).toEqual(['samFault', 'paperOut', 'missing']);
    expect(result.reason?.['zh-CN']).toBe(
      '暂不可用：身份证阅读器安全模块故障、打印机缺纸、本机未连接高拍仪。请稍后再试，或到服务窗口办理。',
    );
    expect(
      deviceProblem({
        ...reader,
        device: 'documentCamera',
        state: { kind: 'camera', camera: 'permissionDenied' },
        status: 'userError',
      }),
    ).toBe('cameraNotAllowed');
  });
});
