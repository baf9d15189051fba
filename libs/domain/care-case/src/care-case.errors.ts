import { DomainError } from '@careledger/domain-kernel';

/**
 * Refusals specific to the care case. Details hold ids only, never personal data: errors are
 * logged. Refusals that concern an input (e.g. a duplicate ID number) also name its `field`.
 */
export function caseNotFound(caseId: string): DomainError {
  return new DomainError('CASE_NOT_FOUND', `Case ${caseId} does not exist`, { caseId });
}

export function caseAlreadyExists(caseId: string): DomainError {
  return new DomainError('CASE_ALREADY_EXISTS', `Case ${caseId} already exists`, { caseId });
}

export function caseExited(caseId: string): DomainError {
  return new DomainError('CASE_EXITED', `Case ${caseId} has exited; reopen it first`, { caseId });
}

export function caseNotExited(caseId: string): DomainError {
  return new DomainError('CASE_NOT_EXITED', `Case ${caseId} has not exited`, { caseId });
}

export function memberNotFound(caseId: string, personId: string): DomainError {
  const message = `Person ${personId} is not a member of case ${caseId}`;
  return new DomainError('MEMBER_NOT_FOUND', message, { caseId, personId });
}

export function memberAlreadyRegistered(caseId: string, personId: string): DomainError {
  const message = `Person ${personId} is already registered with other details`;
  return new DomainError('MEMBER_ALREADY_REGISTERED', message, { caseId, personId });
}

export function memberDeceased(caseId: string, personId: string, diedOn: string): DomainError {
  const message = `Person ${personId} is already recorded as deceased on ${diedOn}`;
  return new DomainError('MEMBER_DECEASED', message, { caseId, personId, diedOn });
}

export function duplicateIdNumber(caseId: string, existingPersonId: string): DomainError {
  const message = `Another member of case ${caseId} has this ID number`;
  return new DomainError('DUPLICATE_ID_NUMBER', message, { caseId, existingPersonId, field: 'idNumber' });
}
