import { z } from 'zod';
import { idNumberSchema, phoneSchema } from './common.js';

/**
 * The contact details the platform holds for a person (the mobile number registered in their real-name
 * account), so a form can confirm it on the check page instead of asking for eleven digits again. A person
 * the platform holds none for gets an empty answer, and the form asks.
 */
export const contactQuerySchema = z.object({ idNumber: idNumberSchema }).strict();
export const contactResultSchema = z.object({ mobile: phoneSchema.optional() }).strict();
export type ContactQuery = z.infer<typeof contactQuerySchema>;
export type ContactResult = z.infer<typeof contactResultSchema>;
