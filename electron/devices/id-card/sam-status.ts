import type { DeviceReason } from '../../../shared/devices/device-failure.js';
import type { FailureCompletionCode } from '../../../shared/devices/device-status.js';

/**
 * SW3 status codes of the SAM protocol (ARCHITECTURE.md, 'Devices'), each with the completion it ends a command in and the
 * words for a technician. Citizen words come from the reason (shared/devices/device-failure.ts):
 * 0x80 → "请将身份证放在感应区", 0x31–0x33 / 0x41 → "请重新放置身份证".
 */
export const SW3 = {
  ok: 0x90,
  cardFound: 0x9f,
  noContent: 0x91,
  findFailed: 0x80,
  selectFailed: 0x81,
  checksumError: 0x10,
  lengthError: 0x11,
  commandError: 0x21,
  notPermitted: 0x23,
  unknownError: 0x24,
  cardAuthFailed: 0x31,
  readerAuthFailed: 0x32,
  verifyFailed: 0x33,
  unsupportedCard: 0x40,
  readFailed: 0x41,
  randomFailed: 0x47,
  samSelfTestFailed: 0x60,
  samNotAuthorized: 0x66,
} as const;

export interface Sw3Meaning {
  readonly success: boolean;
  readonly reason?: DeviceReason;
  readonly completion?: FailureCompletionCode;
  readonly text: string;
}

const table: Record<number, Sw3Meaning> = {
  [SW3.ok]: { success: true, text: 'ok' },
  [SW3.cardFound]: { success: true, text: 'card found' },
  [SW3.noContent]: { success: true, text: 'no such content on the card' },
  [SW3.findFailed]: { success: false, reason: 'noCard', completion: 'userError', text: 'no card in the field (0x80)' },
  [SW3.selectFailed]: { success: false, reason: 'replaceCard', text: 'select card failed (0x81)' },
  [SW3.checksumError]: { success: false, reason: 'badFrame', text: 'reader got a frame with a bad checksum (0x10)' },
  [SW3.lengthError]: { success: false, reason: 'badFrame', text: 'reader got a frame with a bad length (0x11)' },
  [SW3.commandError]: {
    success: false,
    completion: 'unsupportedCommand',
    text: 'reader does not know the command (0x21)',
  },
  [SW3.notPermitted]: { success: false, completion: 'unsupportedCommand', text: 'command not permitted (0x23)' },
  [SW3.unknownError]: {
    success: false,
    completion: 'hardwareError',
    text: 'reader reported an unrecognised error (0x24)',
  },
  [SW3.cardAuthFailed]: {
    success: false,
    reason: 'replaceCard',
    text: 'card failed to authenticate the reader (0x31)',
  },
  [SW3.readerAuthFailed]: {
    success: false,
    reason: 'replaceCard',
    text: 'reader failed to authenticate the card (0x32)',
  },
  [SW3.verifyFailed]: { success: false, reason: 'replaceCard', text: 'information verification failed (0x33)' },
  [SW3.unsupportedCard]: { success: false, reason: 'unsupportedCard', text: 'card type not recognised (0x40)' },
  [SW3.readFailed]: { success: false, reason: 'replaceCard', text: 'card read failed (0x41)' },
  [SW3.randomFailed]: {
    success: false,
    reason: 'replaceCard',
    text: 'getting a random number from the card failed (0x47)',
  },
  [SW3.samSelfTestFailed]: { success: false, reason: 'samFault', text: 'SAM self-test failed (0x60)' },
  [SW3.samNotAuthorized]: { success: false, reason: 'samFault', text: 'SAM not authorised (0x66)' },
};

export function sw3Meaning(sw3: number): Sw3Meaning {
  return (
    table[sw3] ?? {
      success: false,
      completion: 'hardwareError',
      text: `unknown status 0x${sw3.toString(16).padStart(2, '0')}`,
    }
  );
}

export function isSamFault(sw3: number): boolean {
  return sw3 === SW3.samSelfTestFailed || sw3 === SW3.samNotAuthorized;
}
