import { assertCivilDate, requireText, validationFailed } from '@careledger/domain-kernel';
import type { SealFields } from './report-seal.events';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function assertReportYear(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 2000 && value <= 2100) return value;
  throw validationFailed('year', 'year must be from 2000 to 2100', { min: 2000, max: 2100 });
}

function assertHash(field: string, value: unknown): string {
  if (typeof value === 'string' && SHA256_HEX.test(value)) return value;
  throw validationFailed(field, `${field} must be a sha256 hash (64 lowercase hex digits)`);
}

// Position 0 is the empty log: a seal of nothing would prove nothing.
function assertPosition(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  throw validationFailed('position', 'position must be a log position (an integer ≥ 1)', { min: 1 });
}

const optionalText = (field: string, value: unknown, max: number): string | null =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') ? null : requireText(field, value, { max });

/** Validates and normalises (trims; blank → null) the fields of a SealReport, naming the first bad field. */
export function validSealFields(data: Readonly<Record<keyof SealFields, unknown>>): SealFields {
  return {
    township: optionalText('township', data.township, 32),
    position: assertPosition(data.position),
    headHash: assertHash('headHash', data.headHash),
    figuresHash: assertHash('figuresHash', data.figuresHash),
    sealedOn: assertCivilDate('sealedOn', data.sealedOn),
    note: optionalText('note', data.note, 500),
  };
}

export const SEAL_FIELDS = ['township', 'position', 'headHash', 'figuresHash', 'sealedOn', 'note'] as const;
