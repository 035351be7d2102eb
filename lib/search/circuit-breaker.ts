// Stops every search from waiting for a timeout while Meilisearch is down. After `failureThreshold`
// failures in a row the circuit opens: calls fail at once (and search answers from PostgreSQL)
// until `coolDownMs` has passed. Then one call is let through as a probe (half-open): success
// closes the circuit, failure opens it for another cool-down. Calls made while the probe is in
// flight fail at once rather than pile onto a server that may still be down.

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold?: number;
  /** How long the circuit stays open before a probe is allowed. */
  coolDownMs?: number;
  /** Clock (milliseconds); tests pass a fake one. */
  now?: () => number;
  /** Told about every change of state (for logs). */
  onStateChange?: (state: CircuitState, previous: CircuitState) => void;
}

export const DEFAULT_FAILURE_THRESHOLD = 3;
export const DEFAULT_COOL_DOWN_MS = 15_000;

/** Thrown instead of calling the protected function while the circuit is open. */
export class CircuitOpenError extends Error {
  override name = 'CircuitOpenError';
  /** When the next probe will be allowed (milliseconds, same clock as the breaker). */
  readonly retryAt: number;

  constructor(retryAt: number) {
    super('Circuit open: not calling the service until its cool-down has passed');
    this.retryAt = retryAt;
  }
}

export class CircuitBreaker {
  readonly failureThreshold: number;
  readonly coolDownMs: number;
  readonly #now: () => number;
  readonly #onStateChange: CircuitBreakerOptions['onStateChange'];
  #state: CircuitState = 'closed';
  #failures = 0;
  #openedAt = 0;
  #probing = false;

  constructor(options: CircuitBreakerOptions = {}) {
    this.failureThreshold = Math.max(1, options.failureThreshold ?? DEFAULT_FAILURE_THRESHOLD);
    this.coolDownMs = Math.max(0, options.coolDownMs ?? DEFAULT_COOL_DOWN_MS);
    this.#now = options.now ?? Date.now;
    this.#onStateChange = options.onStateChange;
  }

  /** The state as of now: an open circuit whose cool-down has passed reads as half-open. */
  get state(): CircuitState {
    if (this.#state === 'open' && this.#now() - this.#openedAt >= this.coolDownMs) return 'half-open';
    return this.#state;
  }

  /** Consecutive failures counted so far. */
  get failures(): number {
    return this.#failures;
  }

  /**
   * Runs `fn` unless the circuit is open. `isFailure` decides which errors count against the
   * service (default: all); the others are rethrown and count as an answer from a live service.
   */
  async run<T>(fn: () => Promise<T>, isFailure: (error: unknown) => boolean = () => true): Promise<T> {
    const state = this.state;
    if (state === 'open' || (state === 'half-open' && this.#probing)) {
      throw new CircuitOpenError(this.#openedAt + this.coolDownMs);
    }
    const probe = state === 'half-open';
    if (probe) {
      this.#probing = true;
      this.#setState('half-open');
    }
    try {
      const result = await fn();
      this.#succeeded();
      return result;
    } catch (error) {
      // An error that does not count (say, a rejected query) still shows the service is up.
      if (isFailure(error)) this.#failed(probe);
      else this.#succeeded();
      throw error;
    } finally {
      if (probe) this.#probing = false;
    }
  }

  /** Back to closed, e.g. after an operator restarted the service. */
  reset(): void {
    this.#failures = 0;
    this.#probing = false;
    this.#setState('closed');
  }

  #succeeded(): void {
    this.#failures = 0;
    this.#setState('closed');
  }

  #failed(probe: boolean): void {
    this.#failures += 1;
    if (probe || this.#failures >= this.failureThreshold) {
      this.#openedAt = this.#now();
      this.#setState('open');
    }
  }

  #setState(next: CircuitState): void {
    const previous = this.#state;
    this.#state = next;
    if (previous !== next) this.#onStateChange?.(next, previous);
  }
}
