// Failed sign-ins, counted per name and per address over a sliding window: past the limit
// the next attempt is refused (429) until the oldest failure leaves the window, before any
// password is checked. Kept in memory: a restart forgets them (it also takes a while).
export interface LimitPolicy {
  /** Failures allowed within the window before attempts are refused. */
  readonly perName: number;
  readonly perAddress: number;
  readonly windowMs: number;
}

export const DEFAULT_LIMITS: LimitPolicy = { perName: 5, perAddress: 20, windowMs: 15 * 60_000 };

/** Keys kept at most; the oldest are dropped first (a flood of names cannot exhaust memory). */
const MAX_KEYS = 10_000;

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until another attempt is allowed; 0 when it is allowed now. */
  wait(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    return (recent[recent.length - this.limit] ?? now) + this.windowMs - now;
  }

  fail(key: string, now: number): void {
    const earlier = this.recent(key, now);
    // Only the last `limit` failures decide the wait.
    const recent = this.limit <= 1 ? [] : earlier.slice(-(this.limit - 1));
    recent.push(now);
    this.failures.delete(key);
    this.failures.set(key, recent);
    if (this.failures.size > MAX_KEYS) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const list = this.failures.get(key);
    if (list === undefined) return [];
    const kept = list.filter((t) => now - t < this.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    return kept;
  }
}
