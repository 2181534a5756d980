import type { AdminConfig } from '../../shared/config/admin-config.js';
import { findDemoCitizen } from '../../shared/demo/demo-citizens.js';
import { hashPin, idNumberHash, maskName } from '../services/admin/credentials.js';

/** Fixed demo secrets: public by design, used only in developer mode on a kiosk whose file enrols nobody. */
export const DEMO_IDENTITY_KEY = 'ZGVtby1vbmx5LWlkZW50aXR5LWtleS0wMDAwMDAwMDA=';
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export const demoTechnicians = [
  { citizenKey: 'sun-jianhua', enrolmentId: 'T01', role: 'technician', pin: '246810' },
  { citizenKey: 'zhou-min', enrolmentId: 'A01', role: 'administrator', pin: '135790' },
] as const;

/**
 * The console's demo enrolment: the two demo technicians (cards the simulator can place), a known identity
 * key and one-time-code secret. A developer can open the console without writing a deployment file.
 */
export async function demoAdminConfig(base: AdminConfig): Promise<AdminConfig> {
  const technicians = await Promise.all(
    demoTechnicians.map(async (t) => {
      const person = findDemoCitizen(t.citizenKey);
      if (!person) throw new Error(`demo technician ${t.citizenKey} is not a demo citizen`);
      return {
        enrolmentId: t.enrolmentId,
        role: t.role,
        idHash: idNumberHash(person.idNumber, DEMO_IDENTITY_KEY),
        pinHash: await hashPin(t.pin),
        maskedName: maskName(person.name),
      };
    }),
  );
  return { ...base, identityKey: DEMO_IDENTITY_KEY, totpSecret: DEMO_TOTP_SECRET, technicians };
}
