import {
  assertCivilDate,
  compareCivilDates,
  requireOneOf,
  requireReason,
  requireText,
  validationFailed,
} from '@careledger/domain-kernel';
import { memberAlreadyEnrolled, memberNotEnrolled } from '../insurance.errors';
import { REMOVAL_REASONS } from '../insurance.vocabulary';
import type { EnrolMember, RemoveMember } from './policy.commands';
import type { MemberEnrolled, MemberRemoved } from './policy.events';
import type { PurchasedPolicy } from './policy.state';
import { openPeriodOf } from './policy.state';

// Whether a late enrolment may be backdated (coverageFrom before enrolledOn) is the insurer's
// contract, not ours: the stream records what was agreed, within the policy's cover.
export function enrolMember(data: EnrolMember['data'], state: PurchasedPolicy): MemberEnrolled[] {
  const { terms } = state;
  const enrolledOn = assertCivilDate('enrolledOn', data.enrolledOn);
  if (
    compareCivilDates(enrolledOn, terms.purchasedOn) < 0 ||
    compareCivilDates(enrolledOn, terms.coverageTo) > 0
  ) {
    throw validationFailed('enrolledOn', 'enrolledOn must be between the purchase and the end of cover', {
      min: terms.purchasedOn,
      max: terms.coverageTo,
    });
  }
  const coverageFrom = assertCivilDate('coverageFrom', data.coverageFrom);
  if (
    compareCivilDates(coverageFrom, terms.coverageFrom) < 0 ||
    compareCivilDates(coverageFrom, terms.coverageTo) > 0
  ) {
    throw validationFailed('coverageFrom', "coverageFrom must fall within the policy's cover", {
      min: terms.coverageFrom,
      max: terms.coverageTo,
    });
  }

  const { year, caseId, personId } = data;
  const open = openPeriodOf(state, personId);
  if (open) {
    const retry =
      open.caseId === caseId && open.enrolledOn === enrolledOn && open.coverageFrom === coverageFrom;
    if (retry) return [];
    throw memberAlreadyEnrolled(year, personId);
  }
  // Re-enrolment after a removal opens a new period, which may not overlap the previous one.
  const previous = state.enrolments.get(personId)?.at(-1)?.removal;
  if (previous && compareCivilDates(coverageFrom, previous.removedOn) <= 0) {
    throw validationFailed('coverageFrom', 'a new period must start after the previous removal', {
      after: previous.removedOn,
    });
  }
  return [{ type: 'MemberEnrolled', data: { year, caseId, personId, enrolledOn, coverageFrom } }];
}

/**
 * `removedOn` is the last day of cover. It may precede the period's coverageFrom (removed before
 * cover began: the period is then empty), but not both its enrolment and its cover start.
 */
export function removeMember(data: RemoveMember['data'], state: PurchasedPolicy): MemberRemoved[] {
  const reason = requireOneOf('reason', data.reason, REMOVAL_REASONS);
  const note = reason === 'OTHER' ? requireNote(data.note) : optionalNote(data.note);
  const removedOn = assertCivilDate('removedOn', data.removedOn);
  const { year, caseId, personId } = data;

  const open = openPeriodOf(state, personId);
  if (!open || open.caseId !== caseId) {
    const last = state.enrolments.get(personId)?.at(-1);
    const retry =
      last?.caseId === caseId && last.removal?.removedOn === removedOn && last.removal.reason === reason;
    if (retry) return [];
    throw memberNotEnrolled({ year, personId });
  }
  const min = compareCivilDates(open.enrolledOn, open.coverageFrom) < 0 ? open.enrolledOn : open.coverageFrom;
  const max = state.terms.coverageTo;
  if (compareCivilDates(removedOn, min) < 0 || compareCivilDates(removedOn, max) > 0) {
    throw validationFailed('removedOn', 'removedOn must fall between the enrolment and the end of cover', {
      min,
      max,
    });
  }
  return [{ type: 'MemberRemoved', data: { year, caseId, personId, removedOn, reason, note } }];
}

function requireNote(value: unknown): string {
  const note = requireReason(value, 'note');
  return requireText('note', note, { max: 500 });
}

function optionalNote(value: unknown): string | null {
  const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  return blank ? null : requireText('note', value, { max: 500 });
}
