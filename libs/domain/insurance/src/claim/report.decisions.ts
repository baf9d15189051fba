import {
  assertCivilDate,
  compareCivilDates,
  requireOneOf,
  requireText,
  validationFailed,
} from '@careledger/domain-kernel';
import { claimAlreadyExists, memberNotEnrolled } from '../insurance.errors';
import { CLAIM_EVENT_TYPES } from '../insurance.vocabulary';
import type { ReportClaim } from './claim.commands';
import type { ClaimReported } from './claim.events';
import type { ClaimFile, ClaimState } from './claim.state';

/**
 * Consistency of the enrolment rule. Enrolment is decided on the policy stream, not here: the
 * handler reads `policy-<policyYear>`, asks `isEnrolledOn(policy, personId, eventOn)` and passes
 * the answer as `enrolledOnEventDate`. The two streams are not appended atomically, so a
 * MemberRemoved can race with a report. That race is resolved by the report's own event date
 * check: the question is "covered on eventOn", not "enrolled now", and a removal's removedOn is
 * the last day of cover, so a removal dated on or after the event (the usual case: the member
 * died of what is claimed, or left later) leaves the answer true. Only a removal backdated before
 * the event, appended in the same moment, could slip through; the claim then still has to pass
 * the insurer, who checks its own roster before settling, and the report projection re-checks
 * `isEnrolledOn` at read time, so such a claim is visible rather than silently paid.
 */
export function reportClaim(data: ReportClaim['data'], state: ClaimState): ClaimReported[] {
  const reported = validReport(data);
  if (state.status !== 'initial') {
    // The description is not kept in state (health data); a retry is recognised by the rest.
    if (sameReport(state.claim, reported)) return [];
    throw claimAlreadyExists(data.claimId);
  }
  if (data.enrolledOnEventDate !== true) {
    throw memberNotEnrolled({ year: reported.policyYear, personId: reported.personId, on: reported.eventOn });
  }
  return [{ type: 'ClaimReported', data: reported }];
}

function validReport(data: ReportClaim['data']): ClaimReported['data'] & { description: string } {
  if (!Number.isSafeInteger(data.policyYear)) {
    throw validationFailed('policyYear', 'policyYear must be a whole number');
  }
  const eventOn = assertCivilDate('eventOn', data.eventOn);
  const reportedOn = assertCivilDate('reportedOn', data.reportedOn);
  if (compareCivilDates(reportedOn, eventOn) < 0) {
    throw validationFailed('reportedOn', 'reportedOn cannot be before the event', { min: eventOn });
  }
  return {
    claimId: data.claimId,
    policyYear: data.policyYear,
    caseId: data.caseId,
    personId: data.personId,
    eventType: requireOneOf('eventType', data.eventType, CLAIM_EVENT_TYPES),
    eventOn,
    reportedOn,
    description: requireText('description', data.description, { max: 500 }),
  };
}

function sameReport(claim: ClaimFile, reported: ClaimFile): boolean {
  return (Object.keys(claim) as (keyof ClaimFile)[]).every((key) => claim[key] === reported[key]);
}
