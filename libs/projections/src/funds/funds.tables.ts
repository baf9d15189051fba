/** One row per fund: its profile and running figures, in fen (kept by the funds-ledger projection). */
export interface FundSummaryTable {
  fund_id: string;
  year: number;
  code: string;
  name: string;
  purpose: string;
  /** The first allocation as made; adjustments show in allocated_fen. */
  initial_amount_fen: number;
  allocated_on: string;
  allocated_fen: number;
  received_fen: number;
  spent_fen: number;
  spent_personnel_fen: number;
  spent_public_fen: number;
  spent_special_fen: number;
  revision: number;
  last_recorded_at: string;
}

/**
 * One row per fund event: the ledger. Each row carries its effect on the three running figures
 * (allocated, received, spent), so running balances are sums over the rows before it.
 */
export interface FundLedgerEntryTable {
  fund_id: string;
  position: number;
  revision: number;
  kind: 'ALLOCATION' | 'ADJUSTMENT' | 'RECEIPT' | 'EXPENDITURE' | 'REVERSAL';
  /** The civil day the entry is about: its own date field, else the command's business day. */
  entry_date: string;
  /** receiptId, expenditureId or adjustmentId (the fund id for the allocation). */
  entry_id: string;
  /** The amount as the entry states it: positive, except a cut in the allocation. */
  amount_fen: number;
  allocated_delta_fen: number;
  received_delta_fen: number;
  spent_delta_fen: number;
  category: string | null;
  description: string | null;
  /** Receipt source. */
  source: string | null;
  reason: string | null;
  linked_stream_id: string | null;
  /** 1 on an expenditure that a later entry reversed. */
  reversed: number;
  actor_id: string;
  recorded_at: string;
}

/** The current fields of one performance target. */
export interface FundTargetTable {
  year: number;
  indicator_id: string;
  /** Position of its TargetSet: the order targets were set in. */
  set_position: number;
  name: string;
  direction: string;
  value: number;
  unit: string;
  weight: number;
  source_query: string;
  status: string;
  revision_count: number;
  /** The latest deviation reason (偏差原因): a later explanation replaces it, as in the domain's evolve. */
  deviation_reason: string | null;
  /** Position, recorded instant and actor of that latest explanation; null until one is given. */
  deviation_explained_position: number | null;
  deviation_explained_at: string | null;
  deviation_explained_by: string | null;
}

/** Every set / revision / withdrawal / deviation explanation of a target: who, when, what changed and why. */
export interface FundTargetHistoryTable {
  position: number;
  year: number;
  indicator_id: string;
  kind: 'SET' | 'REVISED' | 'WITHDRAWN' | 'EXPLAINED';
  /** JSON of the fields set or changed ('{}' for a withdrawal or an explanation). */
  changes: string;
  reason: string | null;
  actor_id: string;
  actor_role: string;
  recorded_at: string;
  business_date: string;
}

export interface FundTables {
  fund_summary: FundSummaryTable;
  fund_ledger_entry: FundLedgerEntryTable;
  fund_target: FundTargetTable;
  fund_target_history: FundTargetHistoryTable;
}
