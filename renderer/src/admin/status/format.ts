/** The page's t(), as far as these helpers need it. */
export type Translate = (key: string, options: Record<string, unknown>) => string;

/** 1536 → "1.5 KB"; the console's sizes (disk, bundle) in binary units, one decimal. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/** A duration in words: "45 秒", "12 分钟", "3 小时 5 分", "2 天 4 小时". */
export function formatDuration(t: Translate, seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return t('admin.status.duration.seconds', { n: s });
  if (s < 3600) return t('admin.status.duration.minutes', { n: Math.floor(s / 60) });
  if (s < 86_400) return t('admin.status.duration.hours', { h: Math.floor(s / 3600), m: Math.floor((s % 3600) / 60) });
  return t('admin.status.duration.days', { d: Math.floor(s / 86_400), h: Math.floor((s % 86_400) / 3600) });
}

/** A time today as "09:05", another day as "12-02 21:40" (zh) / "Dec 2, 21:40" (en). */
export function formatTime(iso: string, language: string, now = Date.now()): string {
  const at = new Date(iso);
  const sameDay = new Date(now).toDateString() === at.toDateString();
  return sameDay
    ? at.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit', hour12: false })
    : at.toLocaleString(language, {
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      });
}
