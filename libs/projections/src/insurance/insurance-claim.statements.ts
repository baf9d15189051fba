import type { ReadModelDatabase } from '../read-model/read-model.database';
import { compiledQuery, type QueryParameter } from '../read-model/sqlite-read-models';

type Claim = ReadModelDatabase['insurance_claim'];
type Stamp = Pick<Claim, 'claim_id' | 'revision' | 'last_recorded_at'>;
type Reported = Pick<
  Claim,
  'policy_year' | 'case_id' | 'person_id' | 'event_type' | 'event_on' | 'reported_on'
> & Stamp;

// The insurance-claim projection's statements. Each step updates the row only from the statuses
// evolveClaim accepts it in, so the table follows the decider's own fold.

export const insertClaim = compiledQuery((db, p: QueryParameter<Reported>) =>
  db
    .insertInto('insurance_claim')
    .values({
      claim_id: p('claim_id'),
      policy_year: p('policy_year'),
      case_id: p('case_id'),
      person_id: p('person_id'),
      event_type: p('event_type'),
      event_on: p('event_on'),
      reported_on: p('reported_on'),
      status: 'REPORTED',
      documents: '[]',
      revision: p('revision'),
      last_recorded_at: p('last_recorded_at'),
    })
    .onConflict((oc) => oc.column('claim_id').doNothing()),
);

export const selectDocuments = compiledQuery<{ claim_id: string }, Pick<Claim, 'documents' | 'status'>>((db, p) =>
  db.selectFrom('insurance_claim').select(['documents', 'status']).where('claim_id', '=', p('claim_id')),
);

/** An UPDATE of a claim in one of `from` statuses that sets `columns` and stamps it. */
const step = <T extends object>(from: readonly string[], columns: (p: QueryParameter<Stamp & T>) => Partial<Claim>) =>
  compiledQuery((db, p: QueryParameter<Stamp & T>) =>
    db
      .updateTable('insurance_claim')
      .set({ ...columns(p), revision: p('revision'), last_recorded_at: p('last_recorded_at') })
      .where('claim_id', '=', p('claim_id'))
      .where('status', 'in', [...from]),
  );

export const submitDocuments = step<Pick<Claim, 'documents' | 'last_submitted_on'>>(['REPORTED', 'DOCUMENTS_SUBMITTED'], (p) => ({
  status: 'DOCUMENTS_SUBMITTED',
  documents: p('documents'),
  last_submitted_on: p('last_submitted_on'),
}));

export const sendToInsurer = step<Pick<Claim, 'sent_on' | 'insurer_ref'>>(['DOCUMENTS_SUBMITTED'], (p) => ({
  status: 'SENT_TO_INSURER',
  sent_on: p('sent_on'),
  insurer_ref: p('insurer_ref'),
}));

export const settle = step<Pick<Claim, 'settled_amount_fen' | 'settled_on'>>(['SENT_TO_INSURER'], (p) => ({
  status: 'SETTLED',
  settled_amount_fen: p('settled_amount_fen'),
  settled_on: p('settled_on'),
}));

export const reject = step<Pick<Claim, 'rejection_reason' | 'rejected_on'>>(['SENT_TO_INSURER'], (p) => ({
  status: 'REJECTED',
  rejection_reason: p('rejection_reason'),
  rejected_on: p('rejected_on'),
}));

export const withdraw = step<Pick<Claim, 'withdrawal_reason'>>(['REPORTED', 'DOCUMENTS_SUBMITTED', 'SENT_TO_INSURER'], (p) => ({
  status: 'WITHDRAWN',
  withdrawal_reason: p('withdrawal_reason'),
}));

/** Stamps the row when a step was out of place: the revision stays the stream's (expectedRevision). */
export const touchClaim = compiledQuery((db, p: QueryParameter<Stamp>) =>
  db
    .updateTable('insurance_claim')
    .set({ revision: p('revision'), last_recorded_at: p('last_recorded_at') })
    .where('claim_id', '=', p('claim_id')),
);
