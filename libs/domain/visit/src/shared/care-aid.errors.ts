import { DomainError } from '@careledger/domain-kernel';

/**
 * Refusals shared by visits and activities. Details hold ids and amounts only, never personal
 * data: errors are logged. `kind` names the record, as the kernel's shared codes require.
 */
export function visitNotFound(visitId: string): DomainError {
  return new DomainError('NOT_FOUND', `Visit ${visitId} does not exist`, { kind: 'visit', visitId });
}

export function visitAlreadyExists(visitId: string): DomainError {
  const message = `Visit ${visitId} was already recorded with other details`;
  return new DomainError('ALREADY_EXISTS', message, { kind: 'visit', visitId });
}

export function visitVoided(visitId: string): DomainError {
  return new DomainError('VISIT_VOIDED', `Visit ${visitId} has been voided`, { visitId });
}

export function activityNotFound(activityId: string): DomainError {
  const message = `Activity ${activityId} does not exist`;
  return new DomainError('NOT_FOUND', message, { kind: 'activity', activityId });
}

export function activityAlreadyExists(activityId: string): DomainError {
  const message = `Activity ${activityId} was already recorded with other details`;
  return new DomainError('ALREADY_EXISTS', message, { kind: 'activity', activityId });
}

/** `remainingFen` is what the record may spend: the fund's balance plus its own current charge. */
export function insufficientFunds(fundId: string, remainingFen: number, requestedFen: number): DomainError {
  const message = `Fund ${fundId} has ${remainingFen} fen left, ${requestedFen} requested`;
  return new DomainError('INSUFFICIENT_FUNDS', message, { fundId, remainingFen, requestedFen });
}
