import type { KioskConfig } from '../../../shared/config/kiosk-config.js';

export type ScreenProfileName = KioskConfig['display']['screenProfile'];

export interface ScreenProfile {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly diagonalInches: number;
}

/** Panels we ship on. The physical size turns the theme's millimetres into pixels (as VotingWorks does for VVSG). */
export const screenProfiles: Record<ScreenProfileName, ScreenProfile> = {
  'portrait-21.5': { widthPx: 1080, heightPx: 1920, diagonalInches: 21.5 },
  'landscape-21.5': { widthPx: 1920, heightPx: 1080, diagonalInches: 21.5 },
  'portrait-15.6': { widthPx: 768, heightPx: 1366, diagonalInches: 15.6 },
};

/** Pixels per millimetre of a panel: about 4.03 for the 21.5" reference screen. */
export function pixelsPerMm(profile: ScreenProfile): number {
  const diagonalPx = Math.hypot(profile.widthPx, profile.heightPx);
  return diagonalPx / (profile.diagonalInches * 25.4);
}
