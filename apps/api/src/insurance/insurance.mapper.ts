import type { ClaimDocumentKind, ClaimEventType, ClaimStatus, RemovalReason } from '@careledger/domain-insurance';
import type { InsuranceClaimRow, InsuranceEnrolmentRow, InsurancePolicyRow, ReadModelDatabase } from '@careledger/projections';
import { townshipName } from '../reference/townships';
import { actorName } from '../shared/actor';
import type { ClaimHistoryEntry, InsuranceClaim, InsuranceEnrolment, InsurancePolicy } from './insurance.types';

/** A policy's id is its year ('2023'); anything else names no policy. */
export function policyYearOf(policyId: string): number | null {
  return /^\d{4}$/.test(policyId) ? Number(policyId) : null;
}

export const toPolicy = (r: InsurancePolicyRow): InsurancePolicy => ({
  id: String(r.policy_year),
  year: r.policy_year,
  insurer: r.insurer,
  product: r.product,
  premiumPerPersonFen: Number(r.premium_per_person_fen),
  coverageFrom: r.coverage_from,
  coverageTo: r.coverage_to,
  purchasedOn: r.purchased_on,
  targetEnrolment: r.target_enrolment,
  enrolledCount: r.enrolled_count,
  insuredPersons: r.insured_persons,
  premiumTotalFen: Number(r.premium_total_fen),
  revision: r.revision,
});

type EnrolmentRow = Omit<InsuranceEnrolmentRow, 'cursor'>;

export const toEnrolment = (r: EnrolmentRow): InsuranceEnrolment => ({
  id: `${r.policy_year}:${r.person_id}:${r.period_no}`,
  policyId: String(r.policy_year),
  year: r.policy_year,
  caseId: r.case_id,
  personId: r.person_id,
  periodNo: r.period_no,
  personName: r.name,
  idNumberMasked: r.id_number_masked,
  deceased: r.deceased === 1,
  township: r.township,
  townshipName: townshipName(r.township) ?? r.township,
  enrolledOn: r.enrolled_on,
  coverageFrom: r.coverage_from,
  coverageTo: r.removed_on ?? r.coverage_to,
  removedOn: r.removed_on,
  removalReason: r.removal_reason as RemovalReason | null,
  removalNote: r.removal_note,
  active: r.removed_on === null,
});

export const toClaim = (r: Omit<InsuranceClaimRow, 'cursor'>): InsuranceClaim => ({
  id: r.claim_id,
  policyId: String(r.policy_year),
  policyYear: r.policy_year,
  caseId: r.case_id,
  personId: r.person_id,
  personName: r.name,
  idNumberMasked: r.id_number_masked,
  township: r.township,
  townshipName: townshipName(r.township) ?? r.township,
  eventType: r.event_type as ClaimEventType,
  eventOn: r.event_on,
  reportedOn: r.reported_on,
  status: r.status as ClaimStatus,
  documents: JSON.parse(r.documents) as ClaimDocumentKind[],
  lastSubmittedOn: r.last_submitted_on,
  sentOn: r.sent_on,
  insurerRef: r.insurer_ref,
  settledAmountFen: r.settled_amount_fen === null ? null : Number(r.settled_amount_fen),
  settledOn: r.settled_on,
  rejectionReason: r.rejection_reason,
  rejectedOn: r.rejected_on,
  withdrawalReason: r.withdrawal_reason,
  revision: r.revision,
  lastRecordedAt: r.last_recorded_at,
});

export const toHistoryEntry = (r: ReadModelDatabase['audit_event']): ClaimHistoryEntry => ({
  position: Number(r.position),
  revision: r.revision,
  type: r.type,
  data: JSON.parse(r.data) as unknown,
  recordedAt: r.recorded_at,
  businessDate: r.business_date,
  actorId: r.actor_id,
  actorName: actorName(r.actor_id),
  actorRole: r.actor_role,
  reason: r.reason,
});
