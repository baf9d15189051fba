/**
 * Refusals about records every domain has: NOT_FOUND and ALREADY_EXISTS name the record in
 * `details.kind` ('fund', 'claim', …); INVALID_TRANSITION names the state and the command.
 */
import { DomainError } from './domain-error';

/**
 * Refusals shared by the fund and target streams, with the kernel's shared codes. `kind` names
 * the record ('fund', 'expenditure', 'target', …) so the UI can say what was missing. Details
 * hold ids and amounts only: errors are logged.
 */
export function notFound(kind: string, ids: Readonly<Record<string, string | number>>): DomainError {
  return new DomainError('NOT_FOUND', `No ${kind} ${Object.values(ids).join('/')}`, { kind, ...ids });
}

export function alreadyExists(kind: string, ids: Readonly<Record<string, string | number>>): DomainError {
  const message = `${kind} ${Object.values(ids).join('/')} already exists with other details`;
  return new DomainError('ALREADY_EXISTS', message, { kind, ...ids });
}

export function invalidTransition(
  from: string,
  command: string,
  ids: Readonly<Record<string, string | number>> = {},
): DomainError {
  const message = `${command} is not allowed from ${from}`;
  return new DomainError('INVALID_TRANSITION', message, { from, command, ...ids });
}
