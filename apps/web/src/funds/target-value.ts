import type { TargetUnit } from '@careledger/domain-fund';
import { fenToYuan, yuanToFen } from '../money/yuan-fen';

/**
 * A target's integer value as typed and shown: fen as 元 and basis points as a percentage (both
 * with 2 decimals, so the same exact decimal parsing serves both); counts and people as integers.
 */
export function parseTargetValue(input: string, unit: TargetUnit): number | null {
  if (unit === 'FEN' || unit === 'PERCENT_BP') {
    const value = yuanToFen(input);
    return value !== null && value > 0 ? value : null;
  }
  const trimmed = input.trim();
  return /^\d{1,15}$/.test(trimmed) && Number(trimmed) > 0 ? Number(trimmed) : null;
}

export function targetValueInput(value: number, unit: TargetUnit): string {
  return unit === 'FEN' || unit === 'PERCENT_BP' ? fenToYuan(value, { grouped: false }) : String(value);
}

export function formatTargetValue(value: number, unit: TargetUnit, unitLabel: string): string {
  if (unit === 'FEN') return `${fenToYuan(value)} ${unitLabel}`;
  if (unit === 'PERCENT_BP') return `${fenToYuan(value)}%`;
  return `${value} ${unitLabel}`;
}

/** 5990 basis points → '59.90%'. */
export function formatShare(bp: number): string {
  return `${fenToYuan(bp)}%`;
}
