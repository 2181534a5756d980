import { createHash } from 'node:crypto';

/**
 * Staged rollout: a release at 20 % goes to the kiosks whose bucket (0–99) is below 20. The bucket is a hash
 * of the kiosk id and the version, so it is stable for one machine and one release (raising the percentage only
 * adds machines) while each release picks a different first fifth of the fleet.
 */
export function rolloutBucket(kioskId: string, version: string): number {
  return createHash('sha256').update(`${kioskId}\u0000${version}`).digest().readUInt32BE(0) % 100;
}

export function inRollout(kioskId: string, version: string, stagingPercentage: number): boolean {
  return rolloutBucket(kioskId, version) < stagingPercentage;
}
