/**
 * The visits read models' tables. Lists (visitors, persons, goods…) are stored as JSON text: they
 * are shown whole with their record and never queried into; the cases a record reached are also
 * kept one row per case (`visit_case`, `activity_case`) because "this family's visits" is a query.
 * No personal data is copied: people are case and person ids, as in the events.
 */
export interface VisitTable {
  visit_id: string;
  visit_type: string;
  visited_on: string;
  township: string;
  /** JSON string[] */
  visitors: string;
  /** JSON string[] */
  case_ids: string;
  /** JSON {caseId, personId}[] */
  persons_reached: string;
  persons_count: number;
  case_count: number;
  /** JSON string[] */
  needs_found: string;
  follow_up_action: string | null;
  follow_up_due_on: string | null;
  cash_aid_fen: number;
  fund_id: string | null;
  /** JSON {description, quantity, valueFen}[] */
  goods: string;
  goods_value_fen: number;
  status: 'RECORDED' | 'VOIDED';
  void_reason: string | null;
  amendment_count: number;
  revision: number;
  recorded_at: string;
  recorded_by: string;
  last_recorded_at: string;
}

export interface VisitCaseTable {
  visit_id: string;
  case_id: string;
}

export interface ActivityTable {
  activity_id: string;
  venue_kind: string;
  venue_name: string;
  held_on: string;
  topic: string;
  township: string | null;
  /** JSON {caseId, personId}[] */
  attendees: string;
  attendee_count: number;
  case_count: number;
  cash_aid_fen: number;
  fund_id: string | null;
  correction_count: number;
  revision: number;
  recorded_at: string;
  recorded_by: string;
  last_recorded_at: string;
}

export interface ActivityCaseTable {
  activity_id: string;
  case_id: string;
}

export interface VisitTables {
  visit: VisitTable;
  visit_case: VisitCaseTable;
  activity: ActivityTable;
  activity_case: ActivityCaseTable;
}
