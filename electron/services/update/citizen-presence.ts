/**
 * Whether someone is using the kiosk, as main sees it, so an update (which restarts the kiosk) is installed only
 * when nobody is: the page says when a citizen's session begins (session.begin) and ends (session.end, the
 * wipe); every call the page makes in between counts as use; a technician signed in to the console counts too.
 *
 * A session the page never ended (the page died mid-session and came back on the attract screen) stops counting
 * after `staleAfterMs` without any call: long after any idle wipe, so a real citizen is never cut off.
 */
export class CitizenPresence {
  private open = false;
  private lastUse: number;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly staleAfterMs = 30 * 60_000,
    private readonly consoleOpen: () => boolean = () => false,
  ) {
    this.lastUse = now();
  }

  begin(): void {
    this.open = true;
    this.lastUse = this.now();
  }

  end(): void {
    this.open = false;
    this.lastUse = this.now();
  }

  /** Any call from the page: someone is there. */
  touch(): void {
    this.lastUse = this.now();
  }

  /** A citizen's session or the console is open now. */
  inUse(): boolean {
    if (this.consoleOpen()) return true;
    return this.open && this.now() - this.lastUse < this.staleAfterMs;
  }

  /** How long nobody has used the kiosk (0 while someone does). */
  quietForMs(): number {
    return this.inUse() ? 0 : this.now() - this.lastUse;
  }
}
