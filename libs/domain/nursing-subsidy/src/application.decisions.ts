import {
  assertCivilDate,
  compareCivilDates,
  requireOneOf,
  requireReason,
  requireText,
  validationFailed,
} from '@careledger/domain-kernel';
import type {
  ApplyForSubsidy,
  OtherStay,
  SupplementDocuments,
  WithdrawApplication,
} from './nursing-subsidy.commands';
import { invalidTransition, stayOverlaps, subsidyAlreadyExists } from './nursing-subsidy.errors';
import type { ApplicationWithdrawn, DocumentsSupplemented, SubsidyApplied } from './nursing-subsidy.events';
import type { ExistingSubsidy, NursingSubsidyState } from './nursing-subsidy.state';
import type { DayCounting } from './nursing-subsidy.vocabulary';
import { DIAGNOSIS_CATEGORIES, HOSPITAL_GRADES } from './nursing-subsidy.vocabulary';
import { computeSubsidy } from './subsidy-computation';
import { selectRules } from './subsidy-rules';

// Decisions at the start of the workflow: applying, supplementing after a return, withdrawing.
// Each checks the command's own fields, then the rules against the state. `[]` = already done.

/**
 * Overlapping stays and yearly caps span the person's other applications, so they are decided
 * against `otherStaysOfPerson` and the usage by year that the handler reads from the subsidy read
 * model and passes in. Consistency: two applications for the SAME person submitted at the same
 * moment could both pass (the read model lags by one append). That needs two caseworkers of one
 * township entering the same patient at once, and both applications still go through township
 * and county review, where the person's application list is shown; the export check "no person
 * paid twice in one period" (domain.md §6) is the last guard. If it ever matters, the handler can
 * append to a per-person `subsidy-person-<personId>` stream with an expected revision to serialise.
 */
export function applyForSubsidy(data: ApplyForSubsidy['data'], state: NursingSubsidyState): SubsidyApplied[] {
  const caseId = requireText('caseId', data.caseId, { max: 64 });
  const personId = requireText('personId', data.personId, { max: 64 });
  const hospitalName = requireText('hospitalName', data.hospitalName, { max: 100 });
  const hospitalGrade = requireOneOf('hospitalGrade', data.hospitalGrade, HOSPITAL_GRADES);
  const diagnosisCategory = requireOneOf('diagnosisCategory', data.diagnosisCategory, DIAGNOSIS_CATEGORIES);
  const admittedOn = assertCivilDate('admittedOn', data.admittedOn);
  const dischargedOn = assertCivilDate('dischargedOn', data.dischargedOn);
  if (compareCivilDates(admittedOn, dischargedOn) > 0) {
    throw validationFailed('dischargedOn', 'dischargedOn cannot be before admittedOn', { min: admittedOn });
  }
  const { applicationId } = data;
  if (state.status !== 'initial') {
    // A retry of the same application (e.g. after a lost response) is already done. The diagnosis
    // is not kept in state, so it cannot take part in the comparison.
    const a = state.application;
    const same =
      a.caseId === caseId &&
      a.personId === personId &&
      a.hospitalName === hospitalName &&
      a.hospitalGrade === hospitalGrade &&
      a.admittedOn === admittedOn &&
      a.dischargedOn === dischargedOn;
    if (same) return [];
    throw subsidyAlreadyExists(applicationId);
  }

  const rules = selectRules(data.ruleSets, admittedOn);
  if (!rules.eligibleGrades.includes(hospitalGrade)) {
    throw validationFailed('hospitalGrade', 'this hospital grade is not eligible under the rules in force', {
      rule: 'notEligible',
      eligibleGrades: rules.eligibleGrades,
    });
  }
  assertNoOverlap(applicationId, admittedOn, dischargedOn, rules.dayCounting, data.otherStaysOfPerson);
  const computation = computeSubsidy({
    rules,
    admittedOn,
    dischargedOn,
    daysAlreadyPaidByYear: data.daysAlreadyPaidByYear,
    fenAlreadyPaidByYear: data.fenAlreadyPaidByYear,
  });
  const { effectiveFrom: rulesEffectiveFrom, noticeRequired, noticeDays } = rules;
  return [
    {
      type: 'SubsidyApplied',
      data: {
        applicationId,
        caseId,
        personId,
        hospitalName,
        hospitalGrade,
        diagnosisCategory,
        admittedOn,
        dischargedOn,
        rulesEffectiveFrom,
        noticeRequired,
        noticeDays,
        computation,
      },
    },
  ];
}

/**
 * Two stays clash when they share a COUNTED day, i.e. when the same day would be paid twice.
 * Under DISCHARGE_MINUS_ADMISSION the discharge day is not counted, so a transfer (discharged
 * and readmitted the same day) is allowed; under BOTH_ENDS it is counted in both and is refused.
 */
function assertNoOverlap(
  applicationId: string,
  admittedOn: string,
  dischargedOn: string,
  dayCounting: DayCounting,
  others: readonly OtherStay[],
): void {
  others.forEach((other, i) => {
    assertCivilDate(`otherStaysOfPerson[${i}].admittedOn`, other.admittedOn);
    assertCivilDate(`otherStaysOfPerson[${i}].dischargedOn`, other.dischargedOn);
    // The handler may list this very application when re-sending it: it cannot clash with itself.
    if (other.applicationId === applicationId) return;
    const duplicate = other.admittedOn === admittedOn && other.dischargedOn === dischargedOn;
    const shareADay =
      dayCounting === 'BOTH_ENDS'
        ? admittedOn <= other.dischargedOn && other.admittedOn <= dischargedOn
        : admittedOn < other.dischargedOn && other.admittedOn < dischargedOn;
    if (duplicate || shareADay) throw stayOverlaps(applicationId, other, duplicate);
  });
}

/** Allowed after a return, and again while waiting for the township's second look. */
export function supplementDocuments(
  data: SupplementDocuments['data'],
  state: ExistingSubsidy,
): DocumentsSupplemented[] {
  const note = requireText('note', data.note, { max: 2000 });
  if (state.status !== 'returned' && state.status !== 'supplemented') {
    throw invalidTransition(state.status, 'SupplementDocuments');
  }
  return [{ type: 'DocumentsSupplemented', data: { applicationId: data.applicationId, note } }];
}

/** Only before the first review: once the township has looked at it, the review must conclude it. */
export function withdrawApplication(
  data: WithdrawApplication['data'],
  state: ExistingSubsidy,
): ApplicationWithdrawn[] {
  const reason = requireReason(data.reason);
  if (state.status === 'withdrawn') return [];
  if (state.status !== 'applied') throw invalidTransition(state.status, 'WithdrawApplication');
  return [{ type: 'ApplicationWithdrawn', data: { applicationId: data.applicationId, reason } }];
}
