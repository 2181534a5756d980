import { z } from 'zod';
import { deviceClassSchema } from '../devices/device-class.js';
import { defineMethod } from './define.js';
import { simulatedPrintSchema, simulatorFaultSchema } from './devices.js';
import { paymentOrderSchema, paymentStatusQuerySchema } from '../platform/index.js';

/**
 * Developer-only calls: drive the device simulators and the embedded platform's demo payer. They are part
 * of the contract's types (the simulator panel and the tests are typed against them) but a kiosk mounts
 * their handlers only behind the developer flag; without it the dispatcher knows none of them, and a call
 * gets the same answer as a call to a method that does not exist.
 */
const empty = z.object({}).strict();

export const developerMethods = {
  'devices.sim.info': defineMethod({
    summary: 'Which device classes run on simulators and may be driven by the simulator panel.',
    request: empty,
    response: z.object({ simulated: z.array(deviceClassSchema), developerMode: z.boolean() }).strict(),
  }),
  'devices.sim.placeCard': defineMethod({
    summary: "Simulator: places the demo citizen's ID card on the simulated reader (replacing any card there).",
    request: z.object({ citizenKey: z.string().min(1).max(64) }).strict(),
    response: empty,
    errors: ['unsupportedCommand', 'invalidData'],
  }),
  'devices.sim.showEId': defineMethod({
    summary:
      "Simulator: the demo citizen's phone shows a fresh e-ID code (issued by the embedded platform) to the simulated scanner. Answers with the code, for tests that show it again.",
    request: z.object({ citizenKey: z.string().min(1).max(64) }).strict(),
    response: z.object({ code: z.string().max(128), expiresAt: z.iso.datetime() }).strict(),
    errors: ['unsupportedCommand', 'invalidData', 'deviceNotReady'],
  }),
  'devices.sim.removeCard': defineMethod({
    summary: 'Simulator: lifts the card off the simulated reader.',
    request: empty,
    response: empty,
    errors: ['unsupportedCommand'],
  }),
  'devices.sim.fault': defineMethod({
    summary: 'Simulator: injects a fault (or clears one) on a simulated device; refused for real devices.',
    request: z.object({ device: deviceClassSchema, fault: simulatorFaultSchema }).strict(),
    response: empty,
    errors: ['unsupportedCommand'],
  }),
  'devices.sim.scan': defineMethod({
    summary: 'Simulator: the simulated scanner reads a code.',
    request: z.object({ code: z.string().min(1).max(4096) }).strict(),
    response: empty,
    errors: ['unsupportedCommand', 'deviceNotReady'],
  }),
  'devices.sim.printed': defineMethod({
    summary: 'Simulator: the last jobs the simulated printers printed (titles and sizes, newest first).',
    request: empty,
    response: z.object({ jobs: z.array(simulatedPrintSchema).max(50) }).strict(),
  }),
  'payment.simulate': defineMethod({
    summary:
      'Developer mode with the embedded platform only: the demo payer pays now, or the order is closed or runs out (tests and demos).',
    request: z
      .object({
        orderNumber: paymentStatusQuerySchema.shape.orderNumber,
        outcome: z.enum(['paid', 'closed', 'expired']),
      })
      .strict(),
    response: paymentOrderSchema,
    errors: ['notAllowed', 'notFound'],
  }),
} as const;
