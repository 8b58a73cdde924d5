/**
 * Webhook deliveries already handled, by `X-GitHub-Delivery` id, so that a replayed delivery is
 * answered without being handled twice. GitHub's "Redeliver" reuses the id of a delivery that
 * failed, so only deliveries that succeeded are remembered; one that is being handled right now
 * counts as seen too (two copies racing). Bounded: the oldest ids are forgotten first.
 */
export class DeliveryLedger {
  private readonly done = new Set<string>();
  private readonly inFlight = new Set<string>();

  constructor(readonly capacity = 10_000) {}

  /** False when the delivery was handled already or is being handled: ignore it. */
  begin(id: string): boolean {
    if (this.done.has(id) || this.inFlight.has(id)) return false;
    this.inFlight.add(id);
    return true;
  }

  /** Remembers a delivery that succeeded; forgets one that failed, so a redelivery is handled. */
  finish(id: string, succeeded: boolean): void {
    this.inFlight.delete(id);
    if (!succeeded) return;
    this.done.add(id);
    // A Set iterates in insertion order: the first id is the oldest.
    while (this.done.size > this.capacity) {
      const oldest = this.done.values().next().value as string;
      this.done.delete(oldest);
    }
  }

  get size(): number {
    return this.done.size;
  }
}
