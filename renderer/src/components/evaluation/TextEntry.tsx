import { useEffect, useRef } from 'react';
import { OnScreenKeyboard } from '../keyboard/OnScreenKeyboard.js';
import './evaluation.css';

export interface TextEntryProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
  readonly id: string;
  readonly locale: 'zh-CN' | 'en';
  readonly invalid?: boolean;
  readonly describedBy?: string;
  /** Lines of text the box shows; the end of the text always stays in view (nobody has to scroll it). */
  readonly rows?: number;
}

/**
 * A few lines of the citizen's own words typed on the on-screen keyboard (pinyin in Chinese, letters in
 * English). The box keeps the last lines in view as the text grows, so nothing needs dragging.
 */
export function TextEntry({ value, onChange, maxLength, id, locale, invalid, describedBy, rows = 3 }: TextEntryProps) {
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const element = box.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [value]);
  return (
    <>
      <textarea
        ref={box}
        id={id}
        className="k-entry k-entry--text"
        inputMode="none"
        readOnly
        rows={rows}
        aria-labelledby="k-screen-title"
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={value}
      />
      <OnScreenKeyboard
        controls={id}
        value={value}
        maxLength={maxLength}
        initialMode={locale === 'en' ? 'letters' : 'pinyin'}
        onChange={onChange}
      />
    </>
  );
}
