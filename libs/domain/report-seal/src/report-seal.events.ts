/** Events of the report-seal stream of one year (`report-seal-<year>`). Readonly plain data, no personal data. */

/** What a seal says: the report of `year` (county when township is null) as computed at `position`. */
export type SealFields = {
  readonly township: string | null;
  /** The log position the figures were computed at (≥ 1: an empty log has nothing to seal). */
  readonly position: number;
  /** The hash of the log's event at `position` (sha256, 64 lowercase hex). */
  readonly headHash: string;
  /** sha256 of the canonical JSON of the figures (64 lowercase hex). */
  readonly figuresHash: string;
  readonly sealedOn: string;
  readonly note: string | null;
};

export type ReportSealed = {
  readonly type: 'ReportSealed';
  readonly data: SealFields & { readonly year: number; readonly sealId: string };
};

export type ReportSealEvent = ReportSealed;
