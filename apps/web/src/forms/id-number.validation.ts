import { isDomainError, parseResidentId } from '@careledger/domain-kernel';

export type IdNumberRule = 'format' | 'birthDate' | 'checksum';

export type IdNumberCheck =
  | { readonly ok: true; readonly normalized: string; readonly birthDate: string; readonly sex: 'MALE' | 'FEMALE' }
  | { readonly ok: false; readonly rule: IdNumberRule };

/**
 * The same GB 11643 check the server runs (shared from the domain kernel), so a typo is caught
 * while typing; the server still checks, and its answer wins.
 */
export function checkIdNumber(value: string): IdNumberCheck {
  try {
    const id = parseResidentId(value);
    return { ok: true, normalized: id.normalized, birthDate: id.birthDate, sex: id.sex };
  } catch (error) {
    if (isDomainError(error, 'VALIDATION_FAILED')) {
      const rule = error.details['rule'];
      return { ok: false, rule: rule === 'birthDate' || rule === 'checksum' ? rule : 'format' };
    }
    throw error;
  }
}
