/**
 * One row per donation of a campaign year, kept by the donations-list projection; a reversal
 * marks its row (the row stays, so the list shows both the gift and why it was taken back).
 */
export interface DonationTable {
  year: number;
  donation_id: string;
  /** Log position of its DonationRecorded: the tie-break of the list's order. */
  position: number;
  received_on: string;
  channel: string;
  amount_fen: number;
  matching_fen: number;
  source: string;
  status: 'RECORDED' | 'REVERSED';
  reversal_reason: string | null;
  reversed_at: string | null;
  actor_id: string;
  recorded_at: string;
}

export interface DonationTables {
  donation: DonationTable;
}
