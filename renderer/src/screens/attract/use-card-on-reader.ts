import { useEffect, useRef, useState } from 'react';
import type { CardIdentity } from '../../../../shared/contract/admin.js';
import { useDevices } from '../../context/devices-context.js';
import { useKiosk } from '../../context/kiosk-context.js';

export type CardOnReader = { readonly kind: 'none' } | { readonly kind: 'checking' } | CardIdentity;

/**
 * What card lies on the reader while the attract screen shows: none, a citizen's (nobody may start a session
 * over a card left behind: the next person would walk off with it, or leave theirs), or an enrolled
 * technician's (who may sign in to the console). Main reads the card; the page learns only which of these.
 */
export function useCardOnReader(): CardOnReader {
  const { client } = useKiosk();
  const devices = useDevices();
  const present = devices.idCardReader?.state.kind === 'idCardReader' && devices.idCardReader.state.card === 'present';
  const [card, setCard] = useState<CardOnReader>({ kind: 'none' });
  const identify = useRef<() => void>(() => undefined);

  useEffect(() => {
    let live = true;
    let attempt = 0;
    identify.current = () => {
      const mine = ++attempt;
      setCard({ kind: 'checking' });
      void client.call('admin.identifyCard', {}).then((reply) => {
        if (!live || mine !== attempt) return;
        // A card that is on the reader but cannot be read (or was read already) is still a card left behind.
        setCard(reply.ok && reply.value.kind !== 'noCard' ? reply.value : { kind: 'citizen' });
      });
    };
    const off = client.on('devices.idCard', ({ event }) => {
      if (event === 'inserted') identify.current();
      else {
        attempt += 1;
        setCard({ kind: 'none' });
      }
    });
    return () => {
      live = false;
      identify.current = () => undefined;
      off();
    };
  }, [client]);

  // A card already there when the screen opened, or one the devices' status saw before its event could arrive.
  useEffect(() => {
    if (present) identify.current();
  }, [present]);

  return card;
}
