import type { PersonalDataVault } from '@careledger/event-store';

export const normalizeIdNumber = (value: string): string => value.trim().toUpperCase();

/** Keyed hash of a resident ID: duplicate checks compare these, never the plain number. */
export const idNumberHash = (vault: PersonalDataVault, value: string): string =>
  vault.blindIndex('resident-id', normalizeIdNumber(value));
