import type { DeviceClass } from './device-class.js';
import { type DeviceSnapshot, isUsableStatus } from './device-status.js';

/**
 * Which items a kiosk can offer right now. Each catalog item names the device classes it needs
 * (`requiredDevices`); a missing or faulty device disables exactly the items that need it, with words for
 * the citizen saying why, and every other item keeps working (ARCHITECTURE.md, 'Fail visible and kind').
 */
export interface LocalizedText {
  readonly 'zh-CN': string;
  readonly en: string;
}

export const deviceNames: Readonly<Record<DeviceClass, LocalizedText>> = {
  idCardReader: { 'zh-CN': '身份证阅读器', en: 'ID card reader' },
  documentPrinter: { 'zh-CN': '打印机', en: 'printer' },
  receiptPrinter: { 'zh-CN': '凭条打印机', en: 'receipt printer' },
  qrScanner: { 'zh-CN': '扫码器', en: 'QR code scanner' },
  documentCamera: { 'zh-CN': '高拍仪', en: 'document camera' },
  faceCamera: { 'zh-CN': '人脸识别摄像头', en: 'face camera' },
};

export type DeviceProblem =
  | 'missing'
  | 'offline'
  | 'fault'
  | 'needsAttention'
  | 'paperOut'
  | 'paperJam'
  | 'samFault'
  | 'scannerInoperative'
  | 'cameraNotFound'
  | 'cameraNotAllowed';

export interface Blocker {
  readonly device: DeviceClass;
  readonly problem: DeviceProblem;
  /** "打印机缺纸" / "the printer is out of paper". */
  readonly text: LocalizedText;
}

export interface Availability {
  readonly available: boolean;
  /** The devices that stop the item, in the order the item lists them; empty when available. */
  readonly blockers: readonly Blocker[];
  /** "暂不可用" on the item's tile, or undefined when available. */
  readonly label?: LocalizedText;
  /** One sentence for the citizen: why, and what to do. */
  readonly reason?: LocalizedText;
}

export type SnapshotLookup = Partial<Record<DeviceClass, DeviceSnapshot>> | readonly DeviceSnapshot[];

/** The problem that keeps a device from serving items, or undefined when it can. Paper low still prints. */
export function deviceProblem(snapshot: DeviceSnapshot | undefined): DeviceProblem | undefined {
  if (!snapshot || snapshot.driver === 'none' || snapshot.status === 'noDevice') return 'missing';
  const { state } = snapshot;
  if (state.kind === 'printer' && state.paper === 'jammed') return 'paperJam';
  if (state.kind === 'printer' && state.paper === 'out') return 'paperOut';
  if (state.kind === 'idCardReader' && state.sam === 'fault') return 'samFault';
  if (state.kind === 'camera' && state.camera === 'notFound') return 'cameraNotFound';
  if (state.kind === 'camera' && state.camera === 'permissionDenied') return 'cameraNotAllowed';
  if (state.kind === 'scanner' && state.scanner === 'inoperative') return 'scannerInoperative';
  switch (snapshot.status) {
    case 'offline':
    case 'powerOff':
      return 'offline';
    case 'hardwareError':
      return 'fault';
    case 'userError':
      return 'needsAttention';
    default:
      return isUsableStatus(snapshot.status) ? undefined : 'fault';
  }
}

function problemText(device: DeviceClass, problem: DeviceProblem): LocalizedText {
  const zh = deviceNames[device]['zh-CN'];
  const en = deviceNames[device].en;
  switch (problem) {
    case 'missing':
      return { 'zh-CN': `本机未连接${zh}`, en: `this machine has no working ${en}` };
    case 'offline':
      return { 'zh-CN': `${zh}未连接或已关闭`, en: `the ${en} is disconnected or switched off` };
    case 'fault':
      return { 'zh-CN': `${zh}故障`, en: `the ${en} has a fault` };
    case 'needsAttention':
      return { 'zh-CN': `${zh}需要工作人员处理`, en: `the ${en} needs attention from staff` };
    case 'paperOut':
      return { 'zh-CN': `${zh}缺纸`, en: `the ${en} is out of paper` };
    case 'paperJam':
      return { 'zh-CN': `${zh}卡纸`, en: `paper is jammed in the ${en}` };
    case 'samFault':
      return { 'zh-CN': `${zh}安全模块故障`, en: `the ${en}'s security module has a fault` };
    case 'scannerInoperative':
      return { 'zh-CN': `${zh}无法使用`, en: `the ${en} is not working` };
    case 'cameraNotFound':
      return { 'zh-CN': `未检测到${zh}`, en: `no ${en} was found` };
    case 'cameraNotAllowed':
      return { 'zh-CN': `${zh}未获使用许可`, en: `the ${en} may not be used` };
  }
}

function lookup(snapshots: SnapshotLookup, device: DeviceClass): DeviceSnapshot | undefined {
  return Array.isArray(snapshots)
    ? (snapshots as readonly DeviceSnapshot[]).find((s) => s.device === device)
    : (snapshots as Partial<Record<DeviceClass, DeviceSnapshot>>)[device];
}

/** Whether an item that needs `requiredDevices` can be offered now, and if not, why in plain words. */
export function checkAvailability(requiredDevices: readonly DeviceClass[], snapshots: SnapshotLookup): Availability {
  const blockers: Blocker[] = [];
  for (const device of new Set(requiredDevices)) {
    const problem = deviceProblem(lookup(snapshots, device));
    if (problem) blockers.push({ device, problem, text: problemText(device, problem) });
  }
  if (blockers.length === 0) return { available: true, blockers };
  const zh = blockers.map((b) => b.text['zh-CN']).join('、');
  const en = blockers.map((b) => b.text.en).join('; ');
  return {
    available: false,
    blockers,
    label: { 'zh-CN': '暂不可用', en: 'Unavailable for now' },
    reason: {
      'zh-CN': `暂不可用：${zh}。请稍后再试，或到服务窗口办理。`,
      en: `Unavailable for now: ${en}. Please try again later or go to a service counter.`,
    },
  };
}
