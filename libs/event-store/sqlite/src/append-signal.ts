import type Database from 'better-sqlite3';

interface Waiter {
  readonly after: number;
  readonly wake: () => void;
}

/**
 * Wakes subscriptions waiting for the log to grow. Appends through this connection call
 * `notify` after commit; appends by other connections or processes are noticed by polling
 * `PRAGMA data_version`, which changes only when ANOTHER connection commits and costs no I/O —
 * so the poll stays cheap, and runs only while someone waits.
 */
export class AppendSignal {
  private readonly waiters = new Set<Waiter>();
  private timer: NodeJS.Timeout | undefined;
  private dataVersion = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly headPosition: () => number,
    private readonly pollIntervalMs: number,
  ) {}

  notify(position: number): void {
    for (const waiter of this.waiters) if (position > waiter.after) waiter.wake();
  }

  wait(after: number, signal: AbortSignal): Promise<void> {
    if (signal.aborted || this.headPosition() > after) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const waiter: Waiter = {
        after,
        wake: () => {
          this.waiters.delete(waiter);
          signal.removeEventListener('abort', waiter.wake);
          if (this.waiters.size === 0) this.stopPolling();
          resolve();
        },
      };
      signal.addEventListener('abort', waiter.wake, { once: true });
      this.waiters.add(waiter);
      this.startPolling();
    });
  }

  /** Wakes everyone (the store is closing; their loops then see the subscription closed). */
  wakeAll(): void {
    for (const waiter of this.waiters) waiter.wake();
  }

  private startPolling(): void {
    if (this.timer) return;
    this.dataVersion = this.readDataVersion();
    this.timer = setInterval(() => this.poll(), this.pollIntervalMs);
  }

  private stopPolling(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private poll(): void {
    const version = this.readDataVersion();
    if (version === this.dataVersion) return;
    this.dataVersion = version;
    this.notify(this.headPosition());
  }

  private readDataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }
}
