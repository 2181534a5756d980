import { describe, expect, it } from 'vitest';
import { completionOf, describeDeviceFailure, deviceError } from './device-failure.js';

describe('device failure codes', () => {
  it('writes the completion code and the reason into the code', () => {
    expect(deviceError('replaceCard', 'read failed (0x41)')).toEqual({
      code: 'userError.replaceCard',
      message: 'read failed (0x41)',
      completion: 'userError',
      reason: 'replaceCard',
      errorClass: 'user',
      action: 'replaceCard',
    });
    expect(deviceError('noCard', 'no card', 'timeOut').code).toBe('timeOut.noCard');
    expect(deviceError('canceled', 'left the screen')).toMatchObject({
      code: 'canceled',
      completion: 'canceled',
      errorClass: 'user',
      action: 'none',
    });
  });

  it('gives the citizen the words the issue asks for', () => {
    expect(describeDeviceFailure('timeOut.noCard').citizenMessage['zh-CN']).toBe('请将身份证放在感应区');
    expect(describeDeviceFailure('userError.replaceCard').citizenMessage['zh-CN']).toBe('请重新放置身份证');
    expect(describeDeviceFailure('deviceNotReady.paperOut')).toMatchObject({
      completion: 'deviceNotReady',
      errorClass: 'hardware',
      action: 'refill',
    });
  });

  it('reads any code, including transport failures and nonsense, without failing', () => {
    expect(describeDeviceFailure('unavailable').completion).toBe('deviceNotReady');
    expect(describeDeviceFailure('what.ever')).toMatchObject({ completion: 'internalError' });
    expect(describeDeviceFailure('hardwareError.unknownReason')).toMatchObject({
      completion: 'hardwareError',
      action: 'maintenance',
    });
    expect(completionOf(undefined)).toBe('success');
    expect(completionOf('invalidData.frameTooLong')).toBe('invalidData');
  });
});
