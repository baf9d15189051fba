import { residentIdCheckChar } from '../resident-id';

/**
 * Builds a valid 18-character resident ID for tests, so fixtures never use a real person's number.
 *
 * @example buildResidentId({ birthDate: '1968-03-05', sequence: 101 }) // '431223196803051017', male
 */
export function buildResidentId({
  region = '431223',
  birthDate,
  sequence,
}: {
  /** 6-digit region code; defaults to 辰溪县 (431223). */
  region?: string;
  birthDate: string;
  /** 0–999; odd = male, even = female. */
  sequence: number;
}): string {
  const first17 = region + birthDate.replace(/-/g, '') + String(sequence).padStart(3, '0');
  return first17 + residentIdCheckChar(first17);
}
