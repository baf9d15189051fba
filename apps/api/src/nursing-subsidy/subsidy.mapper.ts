import type {
  DayCounting,
  HospitalGrade,
  NursingSubsidyEventType,
  SubsidyComputation as DomainComputation,
  SubsidyRules,
  SubsidyStatus,
} from '@careledger/domain-nursing-subsidy';
import type { ReadModelDatabase, SubsidyApplicationView } from '@careledger/projections';
import { townshipName } from '../reference/townships';
import { actorName } from '../shared/actor';
import { allowedActions } from './allowed-actions';
import type { SubsidyApplication, SubsidyComputation, SubsidyStep } from './subsidy-application.types';
import type { SubsidyRuleSet } from './subsidy-rules.types';

const CAP_CODES = ['STAY_CAP', 'YEAR_DAYS_CAP', 'YEAR_AMOUNT_CAP'];

export function toComputation(json: string, rulesEffectiveFrom: string): SubsidyComputation {
  const c = JSON.parse(json) as DomainComputation;
  return {
    rulesEffectiveFrom,
    dayCounting: c.dayCounting as DayCounting,
    dailyRateFen: c.dailyRateFen,
    daysCounted: c.daysCounted,
    daysPayable: c.daysPayable,
    amountFen: c.amountFen,
    capsApplied: [...new Set(c.steps.map((s) => s.code).filter((code) => CAP_CODES.includes(code)))],
    years: c.years.map((y) => ({ ...y, capped: y.amountFen < y.daysCounted * c.dailyRateFen })),
    lines: c.steps.map(({ code, zh, en }) => ({ code, zh, en })),
  };
}

/** Read-model row → GraphQL object. The read model stores the domain's own enum values. */
export function toSubsidyApplication(r: SubsidyApplicationView): SubsidyApplication {
  const status = r.status as SubsidyStatus;
  const amountFen = Number(r.amount_fen);
  const noticeRequired = r.notice_required === 1;
  return {
    id: r.application_id,
    caseId: r.case_id,
    personId: r.person_id,
    personName: r.person_name,
    township: r.township ?? '',
    townshipName: townshipName(r.township) ?? '',
    hospitalName: r.hospital_name,
    hospitalGrade: r.hospital_grade as HospitalGrade,
    admittedOn: r.admitted_on,
    dischargedOn: r.discharged_on,
    admissionYear: r.admission_year,
    appliedOn: r.applied_on,
    status,
    amountFen,
    noticeRequired,
    noticeDays: r.notice_days,
    noticePostedOn: r.notice_posted_on,
    noticeClosesOn: r.notice_closes_on,
    noticeClosedOn: r.notice_closed_on,
    sunshineRef: r.sunshine_ref,
    submittedOn: r.submitted_on,
    batchId: r.batch_id,
    period: r.period,
    issuedOn: r.issued_on,
    paymentYear: r.payment_year,
    paidOn: r.paid_on,
    failureReason: r.failure_reason,
    failedOn: r.failed_on,
    settledOn: r.settled_on,
    voucherNo: r.voucher_no,
    lastOpinion: r.last_opinion,
    withdrawnReason: r.withdrawn_reason,
    computation: toComputation(r.computation, r.rules_effective_from),
    revision: r.revision,
    lastRecordedAt: r.last_recorded_at,
    allowedActions: allowedActions(status, noticeRequired, amountFen),
  };
}

export function toSubsidyStep(r: ReadModelDatabase['subsidy_step']): SubsidyStep {
  return {
    position: Number(r.position),
    revision: r.revision,
    kind: r.kind as NursingSubsidyEventType,
    outcome: r.outcome,
    statusAfter: r.status_after as SubsidyStatus,
    actorId: r.actor_id,
    actorName: actorName(r.actor_id),
    actorRole: r.actor_role,
    actorTownship: r.actor_township,
    recordedAt: r.recorded_at,
    businessDate: r.business_date,
    date: r.step_date,
    opinion: r.opinion,
    reason: r.reason,
    note: r.note,
    objections: r.objections,
    closesOn: r.closes_on,
    externalRef: r.external_ref,
    batchId: r.batch_id,
    period: r.period,
    amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
    voucherNo: r.voucher_no,
  };
}

/** The configured rule sets (oldest first) with the validity range of each and the one in force today. */
export function toSubsidyRuleSets(ruleSets: readonly SubsidyRules[], today: string): SubsidyRuleSet[] {
  const sorted = [...ruleSets].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const current = sorted.filter((r) => r.effectiveFrom <= today).pop();
  return sorted.map((r, i) => {
    const next = sorted[i + 1];
    return {
      effectiveFrom: r.effectiveFrom,
      effectiveUntil: next ? dayBefore(next.effectiveFrom) : null,
      inForce: r === current,
      dailyRateFen: r.dailyRateFen,
      dayCounting: r.dayCounting,
      capPerStayDays: r.capPerStayDays ?? null,
      capPerPersonPerYearDays: r.capPerPersonPerYearDays ?? null,
      capPerPersonPerYearFen: r.capPerPersonPerYearFen ?? null,
      noticeRequired: r.noticeRequired,
      noticeDays: r.noticeDays,
      eligibleGrades: [...r.eligibleGrades],
    };
  });
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
