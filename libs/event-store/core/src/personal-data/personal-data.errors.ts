import { EventStoreError } from '../event-store.errors';

/** Personal data for a subject whose key was shredded cannot be written: the person was erased. */
export class PersonalDataShreddedError extends EventStoreError {
  readonly code = 'PERSONAL_DATA_SHREDDED' as const;

  constructor(readonly subjectId: string) {
    super(`Personal data of subject ${subjectId} was erased; it cannot be recorded again`);
  }
}

/** An event carries personal data under the policy but no subject id to key it by. */
export class PersonalDataSubjectMissingError extends EventStoreError {
  readonly code = 'PERSONAL_DATA_SUBJECT_MISSING' as const;

  constructor(
    readonly eventId: string,
    readonly subjectPath: string,
  ) {
    super(`Event ${eventId}: personal data present but no subject id at data.${subjectPath}`);
  }
}

/**
 * A ciphertext or wrapped key fails authentication: wrong master key, or the stored bytes were
 * altered. Loud on purpose — unlike a shredded key, this is never a normal state.
 */
export class PersonalDataIntegrityError extends EventStoreError {
  readonly code = 'PERSONAL_DATA_INTEGRITY' as const;
}
