import { useEffect, useRef, useState } from 'react';
import type { CardIdentity } from '../../../../shared/contract/admin.js';
import { useKiosk } from '../../context/kiosk-context.js';

export type CardOnReader = { readonly kind: 'none' } | { readonly kind: 'checking' } | CardIdentity;

/**
 * What card lies on the reader while the attract screen shows: none, a citizen's (nobody may start a session
 * over a card left behind: the next person would walk off with it, or leave theirs), or an enrolled
 * technician's (who may sign in to the console). Main reads the card; the page learns only which of these.
 */
export function useCardOnReader(): CardOnReader {
  const { client, devices } = useKiosk();
  const present = devices.idCardReader?.state.kind === 'idCardReader' && devices.idCardReader.state.card === 'present';
  const presentAtStart = useRef(present);
  const [card, setCard] = useState<CardOnReader>({ kind: 'none' });

  useEffect(() => {
    let live = true;
    let attempt = 0;
    const identify = async () => {
      const mine = ++attempt;
      setCard({ kind: 'checking' });
      const reply = await client.call('admin.identifyCard', {});
      if (!live || mine !== attempt) return;
      // A card that is on the reader but cannot be read (or was read already) is still a card left behind.
      setCard(reply.ok && reply.value.kind !== 'noCard' ? reply.value : { kind: 'citizen' });
    };
    if (presentAtStart.current) void identify();
    const off = client.on('devices.idCard', ({ event }) => {
      if (event === 'inserted') void identify();
      else {
        attempt += 1;
        setCard({ kind: 'none' });
      }
    });
    return () => {
      live = false;
      off();
    };
  }, [client]);

  return card;
}
