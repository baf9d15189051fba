import { createHash, randomUUID } from 'node:crypto';

/**
 * Ids derived from a command id: a retried command (same commandId) derives the same case id,
 * person id and event ids, so the store's idempotent append turns the retry into a no-op.
 */
export function deriveId(commandId: string, purpose: string): string {
  const hex = createHash('sha256').update(`${commandId}\u0000${purpose}`).digest('hex');
  // Shaped as an RFC 9562 version-8 (custom) UUID.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const newCommandId = (): string => randomUUID();
