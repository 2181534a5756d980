import type { TFunction } from 'i18next';
import type { CheckResult } from '../../../../shared/contract/admin-devices.js';
import { describeDeviceFailure } from '../../../../shared/devices/device-failure.js';

const ownReasons = new Set([
  'notClear',
  'notHeard',
  'notAllTouched',
  'cameraNotFound',
  'cameraPermissionDenied',
  'cameraError',
  'audioUnavailable',
  'notConfigured',
  'noCode',
  'noCard',
  'clockOffset',
  'platformUnreachable',
]);

/** A failure code in words: the checks' own codes from the texts, a device code as the device layer words it. */
export function reasonWords(t: TFunction, language: string, reason: string): string {
  if (ownReasons.has(reason)) return t(`admin.checks.reasons.${reason}`);
  const words = describeDeviceFailure(reason).citizenMessage;
  return `${language.startsWith('en') ? words.en : words['zh-CN']} (${reason})`;
}

/** What a result measured, in words: pages, code length and kind, round trip, clock offset, targets. */
export function factWords(t: TFunction, result: CheckResult): string {
  const d = result.detail;
  const parts: string[] = [];
  if (typeof d.pages === 'number' && d.pages > 0) parts.push(t('admin.checks.facts.pages', { count: d.pages }));
  if (typeof d.photo === 'string') parts.push(t(`admin.checks.photo.${d.photo}`));
  if (typeof d.length === 'number') parts.push(t('admin.checks.facts.length', { count: d.length }));
  if (typeof d.kind === 'string') parts.push(t(`admin.checks.facts.kind.${d.kind}`));
  if (typeof d.latencyMs === 'number') parts.push(t('admin.checks.facts.latency', { ms: d.latencyMs }));
  if (typeof d.offsetMs === 'number')
    parts.push(t('admin.checks.facts.offset', { seconds: (Math.round(d.offsetMs / 100) / 10).toFixed(1) }));
  if (typeof d.touched === 'number') parts.push(t('admin.checks.facts.touched', { count: d.touched }));
  return parts.join(', ');
}

export function notesFor(t: TFunction, language: string, result: CheckResult): string {
  return [result.reason ? reasonWords(t, language, result.reason) : '', factWords(t, result)]
    .filter(Boolean)
    .join('; ');
}

/** "今天 09:12" for today, else the date and time. */
export function timeWords(t: TFunction, language: string, iso: string): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit', hour12: false });
  if (at.toDateString() === new Date().toDateString()) return t('admin.checks.today', { time });
  return `${at.toLocaleDateString(language, { month: '2-digit', day: '2-digit' })} ${time}`;
}
