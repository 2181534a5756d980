import type { Failure } from '../result.js';
import {
  type CompletionCode,
  completionCodeSchema,
  type ErrorClass,
  type FailureCompletionCode,
  type RecommendedAction,
} from './device-status.js';

/**
 * How a failed device command crosses the contract. A Result failure has a `code` and a `message` only, so a
 * device failure writes its completion code and, like XFS4IoT's class-specific errorCode, an optional
 * reason into the code: "timeOut", "userError.replaceCard", "deviceNotReady.paperOut". `describeDeviceFailure`
 * turns any such code back into the completion code, the error class, the recommended action and the words a
 * citizen sees. The message stays for technicians and logs and never holds personal data.
 */
export const deviceReasons = {
  // ID card reader
  noCard: {
    completion: 'timeOut',
    errorClass: 'user',
    action: 'placeCard',
    zh: '请将身份证放在感应区',
    en: 'Please place your ID card on the reader.',
  },
  replaceCard: {
    completion: 'userError',
    errorClass: 'user',
    action: 'replaceCard',
    zh: '请重新放置身份证',
    en: 'Please lift your ID card and place it on the reader again.',
  },
  cardAlreadyRead: {
    completion: 'userError',
    errorClass: 'user',
    action: 'replaceCard',
    zh: '身份证已读取，如需重新读取请拿开后再放置',
    en: 'This card has been read. To read it again, lift it and place it again.',
  },
  unsupportedCard: {
    completion: 'userError',
    errorClass: 'user',
    action: 'replaceCard',
    zh: '无法识别此证件，请放置第二代居民身份证',
    en: 'This card cannot be read here. Please use a resident ID card.',
  },
  invalidIdNumber: {
    completion: 'invalidData',
    errorClass: 'user',
    action: 'replaceCard',
    zh: '身份证信息校验未通过，请重新放置身份证',
    en: 'The card data did not check out. Please place the card again.',
  },
  samFault: {
    completion: 'hardwareError',
    errorClass: 'hardware',
    action: 'maintenance',
    zh: '身份证阅读器暂时无法使用，请联系工作人员',
    en: 'The ID card reader is not working. Please ask staff for help.',
  },
  // link and protocol
  badFrame: {
    completion: 'invalidData',
    errorClass: 'hardware',
    action: 'retry',
    zh: '设备通信异常，请稍后再试',
    en: 'The device did not answer properly. Please try again.',
  },
  frameTooLong: {
    completion: 'invalidData',
    errorClass: 'hardware',
    action: 'reset',
    zh: '设备通信异常，请稍后再试',
    en: 'The device did not answer properly. Please try again.',
  },
  linkError: {
    completion: 'hardwareError',
    errorClass: 'hardware',
    action: 'checkConnection',
    zh: '设备连接异常，请联系工作人员',
    en: 'The device is not connected properly. Please ask staff for help.',
  },
  noAnswer: {
    completion: 'timeOut',
    errorClass: 'hardware',
    action: 'checkConnection',
    zh: '设备没有响应，请稍后再试',
    en: 'The device did not respond. Please try again.',
  },
  hostCrashed: {
    completion: 'hardwareError',
    errorClass: 'software',
    action: 'reset',
    zh: '设备暂时无法使用，请稍后再试',
    en: 'The device is restarting. Please try again shortly.',
  },
  // any device
  offline: {
    completion: 'deviceNotReady',
    errorClass: 'hardware',
    action: 'checkConnection',
    zh: '设备暂不可用，请联系工作人员',
    en: 'The device is not available. Please ask staff for help.',
  },
  noDevice: {
    completion: 'deviceNotReady',
    errorClass: 'hardware',
    action: 'maintenance',
    zh: '本机未连接此设备',
    en: 'This machine has no such device.',
  },
  busy: {
    completion: 'deviceNotReady',
    errorClass: 'software',
    action: 'retry',
    zh: '设备正忙，请稍候',
    en: 'The device is busy. Please wait a moment.',
  },
  // printers
  paperOut: {
    completion: 'deviceNotReady',
    errorClass: 'hardware',
    action: 'refill',
    zh: '打印机缺纸，请联系工作人员',
    en: 'The printer is out of paper. Please ask staff for help.',
  },
  paperJam: {
    completion: 'deviceNotReady',
    errorClass: 'hardware',
    action: 'clear',
    zh: '打印机卡纸，请联系工作人员',
    en: 'Paper is jammed in the printer. Please ask staff for help.',
  },
  coverOpen: {
    completion: 'deviceNotReady',
    errorClass: 'user',
    action: 'clear',
    zh: '打印机盖未关好，请联系工作人员',
    en: 'The printer cover is open. Please ask staff for help.',
  },
  printerFault: {
    completion: 'hardwareError',
    errorClass: 'hardware',
    action: 'maintenance',
    zh: '打印机故障，请联系工作人员',
    en: 'The printer has a fault. Please ask staff for help.',
  },
  jobAborted: {
    completion: 'hardwareError',
    errorClass: 'hardware',
    action: 'maintenance',
    zh: '打印未完成，请联系工作人员',
    en: 'Printing did not finish. Please ask staff for help.',
  },
  jobTimeOut: {
    completion: 'timeOut',
    errorClass: 'hardware',
    action: 'maintenance',
    zh: '打印未完成，请联系工作人员',
    en: 'Printing did not finish in time. Please ask staff for help.',
  },
  spoolerError: {
    completion: 'hardwareError',
    errorClass: 'software',
    action: 'maintenance',
    zh: '打印服务异常，请联系工作人员',
    en: 'The print service has a problem. Please ask staff for help.',
  },
  invalidJob: {
    completion: 'invalidData',
    errorClass: 'software',
    action: 'none',
    zh: '文档无法打印',
    en: 'This document cannot be printed.',
  },
  // simulators
  notSimulated: {
    completion: 'unsupportedCommand',
    errorClass: 'software',
    action: 'none',
    zh: '此设备不是模拟设备',
    en: 'This device is not a simulator.',
  },
} as const satisfies Record<
  string,
  { completion: FailureCompletionCode; errorClass: ErrorClass; action: RecommendedAction; zh: string; en: string }
>;

export type DeviceReason = keyof typeof deviceReasons;

/** A device failure before it is written onto the wire. */
export interface DeviceError extends Failure {
  readonly completion: FailureCompletionCode;
  readonly reason?: DeviceReason;
  readonly errorClass: ErrorClass;
  readonly action: RecommendedAction;
}

const defaults: Record<
  FailureCompletionCode,
  { errorClass: ErrorClass; action: RecommendedAction; zh: string; en: string }
> = {
  canceled: { errorClass: 'user', action: 'none', zh: '操作已取消', en: 'Canceled.' },
  timeOut: {
    errorClass: 'hardware',
    action: 'retry',
    zh: '操作超时，请重试',
    en: 'That took too long. Please try again.',
  },
  deviceNotReady: {
    errorClass: 'hardware',
    action: 'checkConnection',
    zh: '设备暂不可用，请联系工作人员',
    en: 'The device is not available. Please ask staff for help.',
  },
  hardwareError: {
    errorClass: 'hardware',
    action: 'maintenance',
    zh: '设备故障，请联系工作人员',
    en: 'The device has a fault. Please ask staff for help.',
  },
  userError: {
    errorClass: 'user',
    action: 'retry',
    zh: '请按提示重新操作',
    en: 'Please follow the instructions and try again.',
  },
  invalidData: {
    errorClass: 'software',
    action: 'retry',
    zh: '数据有误，请重试',
    en: 'The data was not valid. Please try again.',
  },
  unsupportedCommand: {
    errorClass: 'software',
    action: 'none',
    zh: '设备不支持此操作',
    en: 'The device cannot do this.',
  },
  internalError: {
    errorClass: 'software',
    action: 'maintenance',
    zh: '系统异常，请联系工作人员',
    en: 'Something went wrong. Please ask staff for help.',
  },
};

/**
 * Builds a device failure. With a reason, the completion code and class come from the reason's row unless
 * given; `completion` overrides it where the same reason ends differently (a card that is not there is a
 * timeOut for a read that waited, a userError for one that did not).
 */
export function deviceError(
  reasonOrCompletion: DeviceReason | FailureCompletionCode,
  message: string,
  completion?: FailureCompletionCode,
): DeviceError {
  if (Object.hasOwn(deviceReasons, reasonOrCompletion)) {
    const reason = reasonOrCompletion as DeviceReason;
    const row = deviceReasons[reason];
    const code = completion ?? row.completion;
    return {
      code: `${code}.${reason}`,
      message,
      completion: code,
      reason,
      errorClass: row.errorClass,
      action: row.action,
    };
  }
  const code = reasonOrCompletion as FailureCompletionCode;
  return { code, message, completion: code, errorClass: defaults[code].errorClass, action: defaults[code].action };
}

export interface DescribedDeviceFailure {
  readonly completion: FailureCompletionCode;
  readonly reason?: DeviceReason;
  readonly errorClass: ErrorClass;
  readonly action: RecommendedAction;
  /** Plain words for the citizen, with a next step. */
  readonly citizenMessage: { readonly 'zh-CN': string; readonly en: string };
}

/**
 * Reads a failure code from any device call ("userError.replaceCard"). Transport failures (unavailable,
 * invalidRequest, …) and unknown codes come back as internalError so a screen always has words to show.
 */
export function describeDeviceFailure(code: string): DescribedDeviceFailure {
  const [head, reasonText] = code.split('.', 2);
  const parsed = completionCodeSchema.safeParse(head);
  const completion: FailureCompletionCode =
    parsed.success && parsed.data !== 'success'
      ? parsed.data
      : head === 'unavailable'
        ? 'deviceNotReady'
        : 'internalError';
  if (reasonText && Object.hasOwn(deviceReasons, reasonText)) {
    const reason = reasonText as DeviceReason;
    const row = deviceReasons[reason];
    return {
      completion,
      reason,
      errorClass: row.errorClass,
      action: row.action,
      citizenMessage: { 'zh-CN': row.zh, en: row.en },
    };
  }
  const row = defaults[completion];
  return {
    completion,
    errorClass: row.errorClass,
    action: row.action,
    citizenMessage: { 'zh-CN': row.zh, en: row.en },
  };
}

/** The completion code of any device call result code ("success" for ok results). */
export function completionOf(code: string | undefined): CompletionCode {
  return code === undefined ? 'success' : describeDeviceFailure(code).completion;
}
