/** The only source of "now" in the application; injected so tests and the demo generator control time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The civil date (YYYY-MM-DD) of an instant in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
