import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { DOMAIN_ERROR_CODES } from '@careledger/domain-kernel';
import type { MessageKey, MessageParams } from '../i18n/i18n';
import { DONATIONS_FIELD_LABELS } from '../donations/donations.registry';
import { FUNDS_FIELD_LABELS } from '../funds/funds.registry';
import { INSURANCE_FIELD_LABELS } from '../insurance/insurance.registry';
import { SUBSIDIES_FIELD_LABELS } from '../subsidies/subsidies.registry';
import { VISITS_FIELD_LABELS } from '../visits/visits.registry';

/**
 * The API's `extensions.code` values: the domain's stable codes (one list, shared with the
 * server) plus those the API itself adds (see the GraphQL error filter).
 */
export const API_ERROR_CODES = [
  ...DOMAIN_ERROR_CODES,
  'CONCURRENCY_CONFLICT',
  'IDEMPOTENCY_CONFLICT',
  'UNAUTHENTICATED',
  'BAD_USER_INPUT',
  'READ_MODEL_LAG',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What the UI needs from any failure: a code to translate and, maybe, the input field to blame. */
export type ApiError = {
  readonly code: ApiErrorCode | 'NETWORK_ERROR' | 'UNKNOWN_ERROR';
  /** The input field named by `extensions.details.field`, e.g. 'idNumber'. */
  readonly field?: string;
  /** `extensions.details.rule`, when the server says which check failed (e.g. 'checksum'). */
  readonly rule?: string;
  /** The server's English message, for the console and for codes this client does not know. */
  readonly serverMessage: string;
};

type ErrorExtensions = { code?: unknown; details?: { field?: unknown; rule?: unknown } };

function isKnownCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && (API_ERROR_CODES as readonly string[]).includes(code);
}

function fromGraphQLError(error: { message: string; extensions?: Readonly<Record<string, unknown>> }): ApiError {
  const extensions = (error.extensions ?? {}) as ErrorExtensions;
  const field = typeof extensions.details?.field === 'string' ? extensions.details.field : undefined;
  const rule = typeof extensions.details?.rule === 'string' ? extensions.details.rule : undefined;
  return {
    code: isKnownCode(extensions.code) ? extensions.code : 'UNKNOWN_ERROR',
    ...(field === undefined ? {} : { field }),
    ...(rule === undefined ? {} : { rule }),
    serverMessage: error.message,
  };
}

/** A non-2xx answer may still carry GraphQL errors in its body (Apollo Server answers 400 so). */
function fromServerError(error: ServerError): ApiError {
  try {
    const body = JSON.parse(error.bodyText) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    const first = body.errors?.[0];
    if (first) return fromGraphQLError(first);
  } catch {
    // Not JSON: a proxy or the network answered, not the API.
  }
  return { code: error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK_ERROR', serverMessage: error.message };
}

/** Reads any error Apollo hands us (or anything thrown) into one shape. The first GraphQL error wins. */
export function readApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return first ? fromGraphQLError(first) : { code: 'UNKNOWN_ERROR', serverMessage: error.message };
  }
  if (ServerError.is(error)) return fromServerError(error);
  if (error instanceof TypeError) return { code: 'NETWORK_ERROR', serverMessage: error.message };
  return { code: 'UNKNOWN_ERROR', serverMessage: error instanceof Error ? error.message : String(error) };
}

const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  ...VISITS_FIELD_LABELS,
  ...SUBSIDIES_FIELD_LABELS,
  ...INSURANCE_FIELD_LABELS,
  ...FUNDS_FIELD_LABELS,
  ...DONATIONS_FIELD_LABELS,
  name: 'field.name',
  idNumber: 'field.idNumber',
  relation: 'field.relation',
  birthDate: 'field.birthDate',
  phone: 'field.phone',
  reason: 'field.reason',
  text: 'field.noteText',
  category: 'field.category',
  township: 'field.township',
  village: 'field.village',
  address: 'field.address',
  openedOn: 'field.openedOn',
  exitReason: 'field.exitReason',
  exitedOn: 'field.exitedOn',
  reopenedOn: 'field.reopenedOn',
  diedOn: 'field.diedOn',
  role: 'field.contactRole',
  asOf: 'timeTravel.label',
};

const ID_NUMBER_RULES: Readonly<Record<string, MessageKey>> = {
  format: 'idNumber.invalidFormat',
  birthDate: 'idNumber.invalidBirthDate',
  checksum: 'idNumber.invalidChecksum',
};

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The one place an error becomes words for the user: a translated message per code. Codes this
 * client does not know show the generic message (the English server message goes to the console).
 */
export function apiErrorMessage(error: ApiError, t: Translate): string {
  switch (error.code) {
    case 'VALIDATION_FAILED': {
      if (error.field === 'idNumber' && error.rule && ID_NUMBER_RULES[error.rule]) {
        return t(ID_NUMBER_RULES[error.rule] as MessageKey);
      }
      if (!error.field) return t('error.VALIDATION_FAILED');
      const labelKey = FIELD_LABELS[error.field];
      return t('error.VALIDATION_FAILED.field', { field: labelKey ? t(labelKey) : error.field });
    }
    case 'REASON_REQUIRED':
    case 'CASE_NOT_FOUND':
    case 'CASE_ALREADY_EXISTS':
    case 'CASE_EXITED':
    case 'CASE_NOT_EXITED':
    case 'MEMBER_NOT_FOUND':
    case 'MEMBER_ALREADY_REGISTERED':
    case 'MEMBER_DECEASED':
    case 'DUPLICATE_ID_NUMBER':
    case 'INVALID_TRANSITION':
    case 'ALREADY_EXISTS':
    case 'NOT_FOUND':
    case 'VISIT_VOIDED':
    case 'INSUFFICIENT_FUNDS':
    case 'STAY_OVERLAPS':
    case 'MEMBER_NOT_ENROLLED':
    case 'MEMBER_ALREADY_ENROLLED':
    case 'CONCURRENCY_CONFLICT':
    case 'IDEMPOTENCY_CONFLICT':
    case 'UNAUTHENTICATED':
    case 'BAD_USER_INPUT':
    case 'READ_MODEL_LAG':
    case 'INTERNAL_SERVER_ERROR':
    case 'NETWORK_ERROR':
    case 'UNKNOWN_ERROR':
      return t(`error.${error.code}`);
    default: {
      const _exhaustive: never = error.code;
      return String(_exhaustive);
    }
  }
}

/** The field an error belongs on, when the form shows that field: REASON_REQUIRED blames `reason`. */
export function apiErrorField(error: ApiError): string | undefined {
  if (error.field) return error.field;
  return error.code === 'REASON_REQUIRED' ? 'reason' : undefined;
}
