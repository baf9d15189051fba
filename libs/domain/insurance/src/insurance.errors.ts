import { DomainError } from '@careledger/domain-kernel';

/**
 * Refusals of the insurance streams. Details hold ids and dates only, never personal data:
 * errors are logged. `kind` names the record for NOT_FOUND / ALREADY_EXISTS.
 */
export function policyNotFound(year: number): DomainError {
  const message = `No insurance policy was purchased for ${year}`;
  return new DomainError('NOT_FOUND', message, { kind: 'policy', year });
}

export function policyAlreadyExists(year: number): DomainError {
  const message = `The insurance policy for ${year} was already purchased with other terms`;
  return new DomainError('ALREADY_EXISTS', message, { kind: 'policy', year });
}

export function memberAlreadyEnrolled(year: number, personId: string): DomainError {
  const message = `Person ${personId} is already enrolled in the ${year} policy`;
  return new DomainError('MEMBER_ALREADY_ENROLLED', message, { year, personId });
}

export function memberNotEnrolled(details: { year: number; personId: string; on?: string }): DomainError {
  const message = `Person ${details.personId} is not enrolled in the ${details.year} policy`;
  return new DomainError('MEMBER_NOT_ENROLLED', message, details);
}

export function claimNotFound(claimId: string): DomainError {
  return new DomainError('NOT_FOUND', `Claim ${claimId} does not exist`, { kind: 'claim', claimId });
}

export function claimAlreadyExists(claimId: string): DomainError {
  const message = `Claim ${claimId} was already reported with other details`;
  return new DomainError('ALREADY_EXISTS', message, { kind: 'claim', claimId });
}

export function invalidTransition(details: { claimId: string; from: string; command: string }): DomainError {
  const message = `Claim ${details.claimId} cannot ${details.command} when ${details.from}`;
  return new DomainError('INVALID_TRANSITION', message, details);
}
