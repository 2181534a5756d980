/**
 * Who the citizen at the screen is, as main established it (design: "the main process owns identity"). A
 * card read or a verified e-ID opens the scope; the wipe (session.end) closes it. Calls that return or submit
 * a person's data must name the person in the scope, so a page that was tampered with, or a leaked web-host
 * token, cannot ask about anyone else. Kept in memory only: the ID number never reaches the store or a log.
 */
export class IdentityScope {
  private idNumber: string | undefined;
  private readonly localNumbers = new Set<string>();
  /** Cases this session may print documents of: its own, and those it looked up with their query code. */
  private readonly cases = new Set<string>();
  /** Complaints this session sent (anonymous: kept across identification, gone at the wipe). */
  private readonly complaints = new Set<string>();

  open(idNumber: string): void {
    if (this.idNumber !== idNumber) {
      this.localNumbers.clear();
      this.cases.clear();
    }
    this.idNumber = idNumber;
  }

  close(): void {
    this.idNumber = undefined;
    this.localNumbers.clear();
    this.cases.clear();
    this.complaints.clear();
  }

  /** A complaint or suggestion this session sent: its receipt is this session's to print. */
  addComplaint(complaintNumber: string): void {
    this.complaints.add(complaintNumber);
  }

  ownsComplaint(complaintNumber: string): boolean {
    return this.complaints.has(complaintNumber);
  }

  /** A case this session showed (its own, or found with the query code printed on its receipt). */
  addCase(caseNumber: string): void {
    this.cases.add(caseNumber);
  }

  ownsCase(caseNumber: string): boolean {
    return this.cases.has(caseNumber);
  }

  isIdentified(): boolean {
    return this.idNumber !== undefined;
  }

  /** True only for the person identified now (ID numbers compare upper-cased: a trailing x is X). */
  holds(idNumber: string): boolean {
    return this.idNumber !== undefined && this.idNumber === idNumber.toUpperCase();
  }

  /** An application this session submitted: its status and receipt are this session's business only. */
  addLocalNumber(localNumber: string): void {
    this.localNumbers.add(localNumber);
  }

  ownsLocalNumber(localNumber: string): boolean {
    return this.localNumbers.has(localNumber);
  }

  ownLocalNumbers(): string[] {
    return [...this.localNumbers];
  }
}
