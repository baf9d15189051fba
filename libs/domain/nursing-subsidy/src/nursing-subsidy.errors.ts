import { DomainError } from '@careledger/domain-kernel';
import type { OtherStay } from './nursing-subsidy.commands';

/**
 * Refusals of the nursing subsidy. Details hold ids, statuses and stay dates only, never the
 * diagnosis or other personal data: errors are logged.
 */
export function subsidyNotFound(applicationId: string): DomainError {
  const message = `Subsidy application ${applicationId} does not exist`;
  return new DomainError('NOT_FOUND', message, { kind: 'subsidy', applicationId });
}

export function subsidyAlreadyExists(applicationId: string): DomainError {
  const message = `Subsidy application ${applicationId} already exists with other details`;
  return new DomainError('ALREADY_EXISTS', message, { kind: 'subsidy', applicationId });
}

/** `from` is the current status, `command` the refused command type. */
export function invalidTransition(
  from: string,
  command: string,
  details: Record<string, unknown> = {},
): DomainError {
  return new DomainError('INVALID_TRANSITION', `${command} is not allowed when the application is ${from}`, {
    ...details,
    from,
    command,
  });
}

/**
 * The stay shares a counted day with another application of the same person; `duplicate` when
 * it has exactly the same dates (the same stay applied for twice).
 */
export function stayOverlaps(applicationId: string, other: OtherStay, duplicate: boolean): DomainError {
  const what = duplicate ? 'is the same stay as' : 'overlaps';
  return new DomainError('STAY_OVERLAPS', `This stay ${what} application ${other.applicationId}`, {
    applicationId,
    otherApplicationId: other.applicationId,
    otherAdmittedOn: other.admittedOn,
    otherDischargedOn: other.dischargedOn,
    duplicate,
  });
}
