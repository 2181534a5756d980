import type { ComplaintSlipData } from './documents-service.js';

/** How many acknowledged complaints the kiosk remembers for their receipts (a session uses one). */
const KEPT = 20;

/**
 * The complaints this kiosk has just sent, as their receipts print them (number, kind, department, dates; never
 * the citizen's words or phone), in memory only: the platform has no call to look a complaint up again. Which
 * session may print which is the identity scope's business (scoped-handlers.ts).
 */
export class RecentComplaints {
  private readonly kept = new Map<string, ComplaintSlipData>();

  remember(complaint: ComplaintSlipData): void {
    this.kept.delete(complaint.complaintNumber);
    this.kept.set(complaint.complaintNumber, complaint);
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= KEPT) break;
      this.kept.delete(oldest);
    }
  }

  find(complaintNumber: string): ComplaintSlipData | undefined {
    return this.kept.get(complaintNumber);
  }
}
