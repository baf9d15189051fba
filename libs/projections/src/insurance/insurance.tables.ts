/** The yearly policy, with its enrolment figures kept up to date on every policy event. */
export interface InsurancePolicyTable {
  policy_year: number;
  insurer: string;
  product: string;
  premium_per_person_fen: number;
  coverage_from: string;
  coverage_to: string;
  purchased_on: string;
  target_enrolment: number | null;
  /** Open enrolment periods (persons enrolled and not removed). */
  enrolled_count: number;
  /** Persons with at least one day of cover (see policyPremiumTotal): the premium is paid for them. */
  insured_persons: number;
  premium_total_fen: number;
  revision: number;
  last_recorded_at: string;
}

/**
 * One enrolment period of one person (a person removed and enrolled again has two). Names and ID
 * numbers are not copied: queries join the case read model, which holds them masked.
 */
export interface InsuranceEnrolmentTable {
  policy_year: number;
  person_id: string;
  /** 0 for the person's first period in this policy, 1 for the next… */
  period_no: number;
  case_id: string;
  enrolled_on: string;
  coverage_from: string;
  /** Last day of cover; null while enrolled. */
  removed_on: string | null;
  removal_reason: string | null;
  removal_note: string | null;
}

/** One claim, its status and the facts of each step. The description (health data) is never copied. */
export interface InsuranceClaimTable {
  claim_id: string;
  policy_year: number;
  case_id: string;
  person_id: string;
  event_type: string;
  event_on: string;
  reported_on: string;
  /** A ClaimStatus of the domain vocabulary (REPORTED … WITHDRAWN). */
  status: string;
  /** JSON array of the document kinds handed in so far, without repeats, in order of submission. */
  documents: string;
  last_submitted_on: string | null;
  sent_on: string | null;
  insurer_ref: string | null;
  settled_amount_fen: number | null;
  settled_on: string | null;
  rejection_reason: string | null;
  rejected_on: string | null;
  withdrawal_reason: string | null;
  revision: number;
  last_recorded_at: string;
}

export interface InsuranceTables {
  insurance_policy: InsurancePolicyTable;
  insurance_enrolment: InsuranceEnrolmentTable;
  insurance_claim: InsuranceClaimTable;
}
