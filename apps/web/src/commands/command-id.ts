/**
 * A fresh idempotency key per submission: the server applies a command id at most once, so a
 * resent request (flaky network) cannot register the same member twice.
 */
export function newCommandId(): string {
  return globalThis.crypto.randomUUID();
}
