/**
 * A SAM ID-card reader emulator on a serial port (one end of a socat pty pair), driven over IPC by the
 * pseudo-terminal test: { place: citizenKey } | { remove: true } | { silent: boolean }. Killing this process
 * is the test's "reader unplugged".
 */
import { SerialPort } from 'serialport';
import { findDemoCitizen } from '../../../../shared/demo/demo-citizens.js';
import { emulatedCard, SamEmulator } from '../../../../electron/devices/id-card/sam-emulator.js';

const path = process.argv[2];
if (!path) throw new Error('usage: sam-emulator-process <pty path>');
const emulator = new SamEmulator();
const port = new SerialPort({ path, baudRate: 115_200, lock: false });
port.on('data', (chunk: Buffer) => {
  for (const frame of emulator.receive(new Uint8Array(chunk))) port.write(Buffer.from(frame));
});
port.on('error', () => process.exit(3));
port.on('open', () => process.send?.({ ready: true }));
process.on('message', (message: { place?: string; remove?: boolean; silent?: boolean }) => {
  if (message.place) emulator.placeCard(emulatedCard(findDemoCitizen(message.place)!));
  if (message.remove) emulator.removeCard();
  if (message.silent !== undefined) emulator.silent = message.silent;
  process.send?.({ ack: true });
});
process.on('disconnect', () => process.exit(0));
