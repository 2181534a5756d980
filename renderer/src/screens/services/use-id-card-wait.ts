import { useEffect, useRef, useState } from 'react';
import type { LocalizedText } from '../../../../shared/catalog/schema.js';
import type { IdCard } from '../../../../shared/devices/id-card.js';
import { useKiosk } from '../../context/kiosk-context.js';
import { ID_CARD_WAIT_MS, readStep } from '../flow/steps/identify-logic.js';

/** What the reader is doing, for the words under the instruction. */
export type CardReaderState =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'replace'; readonly message: LocalizedText }
  | { readonly kind: 'fault'; readonly message: LocalizedText };

/**
 * Waits for an ID card on the reader while `active` holds, reading again after each empty wait; the card goes
 * to `onCard` once. A fault stops the wait until `retry()`. Leaving (or `active` turning false) cancels the read.
 */
export function useIdCardWait(
  active: boolean,
  onCard: (card: IdCard) => void,
): { readonly state: CardReaderState; retry(): void } {
  const { client } = useKiosk();
  const [state, setState] = useState<CardReaderState>({ kind: 'waiting' });
  const [attempt, setAttempt] = useState(0);
  const handler = useRef(onCard);
  handler.current = onCard;
  const faulted = state.kind === 'fault';

  useEffect(() => {
    if (!active || faulted) return undefined;
    let live = true;
    void (async () => {
      while (live) {
        const result = await client.call('devices.idCard.read', { waitMs: ID_CARD_WAIT_MS });
        if (!live) return;
        const step = readStep(result);
        if (step.kind === 'card') {
          setState({ kind: 'waiting' });
          handler.current(step.card);
          return;
        }
        if (step.kind === 'fault') {
          setState({ kind: 'fault', message: step.message });
          return;
        }
        if (step.kind === 'replace') {
          setState({ kind: 'replace', message: step.message });
          // The reader answers at once while a card lies badly (or was read already): do not spin.
          await new Promise((resolve) => setTimeout(resolve, 600));
        }
      }
    })();
    return () => {
      live = false;
      void client.call('devices.idCard.cancel', {});
    };
  }, [client, active, faulted, attempt]);

  useEffect(
    () =>
      client.on('devices.idCard', (event) => {
        if (event.event === 'inserted')
          setState((current) => (current.kind === 'fault' ? current : { kind: 'reading' }));
        else setState((current) => (current.kind === 'fault' ? current : { kind: 'waiting' }));
      }),
    [client],
  );

  return {
    state,
    retry: () => {
      setState({ kind: 'waiting' });
      setAttempt((n) => n + 1);
    },
  };
}
