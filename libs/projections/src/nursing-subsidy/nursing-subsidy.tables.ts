/** One row per application: its current state, for lists, the detail page and the apply rules. */
export interface SubsidyApplicationTable {
  application_id: string;
  case_id: string;
  person_id: string;
  hospital_name: string;
  hospital_grade: string;
  admitted_on: string;
  discharged_on: string;
  admission_year: number;
  /** The business day of the application. */
  applied_on: string;
  /** Log position of SubsidyApplied: the stable tie-breaker of the list order. */
  applied_position: number;
  status: string;
  amount_fen: number;
  rules_effective_from: string;
  notice_required: number;
  notice_days: number;
  /** The SubsidyComputation as JSON (days, rate, caps and amount per year, explanation lines). */
  computation: string;
  notice_posted_on: string | null;
  notice_closes_on: string | null;
  notice_closed_on: string | null;
  sunshine_ref: string | null;
  submitted_on: string | null;
  /** The current (latest) payment. */
  batch_id: string | null;
  period: string | null;
  issued_on: string | null;
  payment_year: number | null;
  paid_on: string | null;
  failure_reason: string | null;
  failed_on: string | null;
  settled_on: string | null;
  voucher_no: string | null;
  last_opinion: string | null;
  withdrawn_reason: string | null;
  revision: number;
  last_recorded_at: string;
}

/** One row per event of an application: the workflow history the steps view shows. */
export interface SubsidyStepTable {
  application_id: string;
  position: number;
  revision: number;
  kind: string;
  outcome: string | null;
  status_after: string;
  actor_id: string;
  actor_role: string;
  actor_township: string | null;
  recorded_at: string;
  business_date: string | null;
  step_date: string | null;
  opinion: string | null;
  reason: string | null;
  note: string | null;
  objections: string | null;
  closes_on: string | null;
  external_ref: string | null;
  batch_id: string | null;
  period: string | null;
  amount_fen: number | null;
  voucher_no: string | null;
}
