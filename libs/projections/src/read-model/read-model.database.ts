import type { Generated } from 'kysely';
import type { DonationTables } from '../donations/donations.read-model';
import type { FundTables } from '../funds/funds.read-model';
import type { ReportTables } from '../report/report.read-model';
import type { InsuranceTables } from '../insurance/insurance.read-model';
import type { NursingSubsidyTables } from '../nursing-subsidy/nursing-subsidy.read-model';
import type { VisitTables } from '../visits/visits.read-model';

/** One row per projection: where it is in the global log and how it is doing. */
export interface ProjectionCheckpointTable {
  name: string;
  /** Global position of the last event applied (0 = none). */
  position: number;
  /** Events the projection does not handle, skipped and counted. */
  skipped: number;
  status: 'running' | 'failed';
  failed_position: number | null;
  failed_event_id: string | null;
  error: string | null;
  updated_at: string;
}

export interface CaseSummaryTable {
  case_id: string;
  category: string;
  status: string;
  township: string;
  village: string;
  address: string;
  opened_on: string;
  exit_reason: string | null;
  exited_on: string | null;
  head_name: string | null;
  member_count: number;
  revision: number;
  last_recorded_at: string;
  /** Lower-case haystack for name/village/address search. */
  search_text: string;
}

export interface CaseMemberTable {
  case_id: string;
  person_id: string;
  ordinal: number;
  name: string;
  id_number_masked: string;
  relation: string;
  sex: string;
  birth_date: string;
  phone_masked: string | null;
  deceased: number;
  died_on: string | null;
}

export interface CaseContactTable {
  case_id: string;
  role: string;
  name: string;
  phone: string | null;
}

export interface CaseTimelineTable {
  id: Generated<number>;
  case_id: string;
  position: number;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  /** Event payload as JSON, personal data masked. */
  data: string;
  recorded_at: string;
  business_date: string | null;
  actor_id: string;
  actor_role: string;
  actor_township: string | null;
  reason: string | null;
  command_id: string;
  correlation_id: string;
  causation_id: string;
}

/** The audit log: one row per event of every stream, keyed by its global position. */
export interface AuditEventTable {
  position: number;
  event_id: string;
  stream_id: string;
  stream_type: string;
  revision: number;
  type: string;
  schema_version: number;
  /** Event payload as JSON, personal data masked. */
  data: string;
  recorded_at: string;
  /** As recorded in the metadata (null when the command named no day). */
  business_date: string | null;
  /** The day the event is about: business_date, else the Shanghai civil date of recorded_at. */
  effective_date: string;
  actor_id: string;
  actor_role: string;
  actor_township: string | null;
  reason: string | null;
  command_id: string;
  correlation_id: string;
  causation_id: string;
  prev_hash: string;
  hash: string;
}

/** Which cases an audited event touches: the index behind "everything about this family". */
export interface AuditEventCaseTable {
  case_id: string;
  position: number;
}

/** Every read-model table: the spine's here, each care domain's in its own folder. */
export interface ReadModelDatabase
  extends VisitTables,
    NursingSubsidyTables,
    InsuranceTables,
    FundTables,
    DonationTables,
    ReportTables {
  projection_checkpoints: ProjectionCheckpointTable;
  case_summary: CaseSummaryTable;
  case_member: CaseMemberTable;
  case_contact: CaseContactTable;
  case_timeline: CaseTimelineTable;
  audit_event: AuditEventTable;
  audit_event_case: AuditEventCaseTable;
}
