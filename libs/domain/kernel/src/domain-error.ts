/**
 * Stable error codes shared by every domain. The API maps them, in one place, to GraphQL
 * `extensions.code`, and the UI translates them; so a code is never renamed, only added.
 */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION_FAILED',
  'REASON_REQUIRED',
  'CASE_NOT_FOUND',
  'CASE_ALREADY_EXISTS',
  'CASE_EXITED',
  'CASE_NOT_EXITED',
  'MEMBER_NOT_FOUND',
  'MEMBER_ALREADY_REGISTERED',
  'MEMBER_DECEASED',
  'DUPLICATE_ID_NUMBER',
  // Shared by the care domains (visits, activities, subsidies, insurance, funds, targets):
  // `details.kind` names the record ('visit', 'subsidy', 'claim', …) for NOT_FOUND/ALREADY_EXISTS.
  'INVALID_TRANSITION',
  'ALREADY_EXISTS',
  'NOT_FOUND',
  'VISIT_VOIDED',
  'INSUFFICIENT_FUNDS',
  'STAY_OVERLAPS',
  'MEMBER_NOT_ENROLLED',
  'MEMBER_ALREADY_ENROLLED',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export type DomainErrorDetails = Readonly<Record<string, unknown>>;

/**
 * A refusal by the domain. `message` is an English fallback for logs and developers; the UI
 * builds its text from `code` and `details` (`details.field` names the offending input field).
 * Details never contain personal data such as ID numbers: errors end up in logs.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly details: DomainErrorDetails;

  constructor(code: DomainErrorCode, message: string, details: DomainErrorDetails = {}) {
    super(message);
    // Keeps `instanceof DomainError` true even if this is ever compiled to ES5.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'DomainError';
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}

/** An input field failed validation; `field` is the command's field name, e.g. 'idNumber'. */
export function validationFailed(
  field: string,
  message: string,
  details: DomainErrorDetails = {},
): DomainError {
  return new DomainError('VALIDATION_FAILED', message, { ...details, field });
}

/** Corrections, reversals and category changes must say why: the reason goes into the audit trail. */
export function reasonRequired(field = 'reason'): DomainError {
  return new DomainError('REASON_REQUIRED', `${field} is required`, { field });
}
