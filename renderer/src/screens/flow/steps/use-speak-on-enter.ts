import { useEffect } from 'react';
import { useSpeech } from '../../../speech/speech.js';

/** Speaks a screen's key instruction when it appears (and again if the text changes, e.g. another language). */
export function useSpeakOnEnter(text: string | undefined): void {
  const { speak } = useSpeech();
  useEffect(() => {
    if (text) speak(text);
  }, [text, speak]);
}
