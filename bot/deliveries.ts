/**
 * Webhook deliveries already handled, by `X-GitHub-Delivery` id, so that a replayed delivery is
 * answered without being handled twice. GitHub's "Redeliver" reuses the id of a delivery that
 * failed, so only deliveries that succeeded are remembered; one that is being handled right now
 * counts as seen too (two copies racing). Bounded: the oldest ids are forgotten first.
 */
export class DeliveryLedger {
  private readonly done = new Set<string>();
  private readonly inFlight = new Set<string>();
  /** The remembered ids in the order they came, a ring: `next` is the oldest once it is full. */
  private readonly order: Array<string | undefined>;
  private next = 0;

  constructor(readonly capacity = 10_000) {
    this.order = new Array(capacity);
  }

  /** False when the delivery was handled already or is being handled: ignore it. */
  begin(id: string): boolean {
    if (this.done.has(id) || this.inFlight.has(id)) return false;
    this.inFlight.add(id);
    return true;
  }

  /** Remembers a delivery that succeeded; forgets one that failed, so a redelivery is handled. */
  finish(id: string, succeeded: boolean): void {
    this.inFlight.delete(id);
    if (!succeeded || this.done.has(id) || this.capacity < 1) return;
    // Evicting the Set's first entry instead would cost more with every id deleted before it.
    const oldest = this.order[this.next];
    if (oldest !== undefined) this.done.delete(oldest);
    this.order[this.next] = id;
    this.next = (this.next + 1) % this.capacity;
    this.done.add(id);
  }

  get size(): number {
    return this.done.size;
  }
}
