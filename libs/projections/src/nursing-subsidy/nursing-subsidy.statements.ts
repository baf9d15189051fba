import type { ReadModelDatabase } from '../read-model/read-model.database';
import { compiledQuery, type CompiledReadModelQuery, type QueryParameter } from '../read-model/sqlite-read-models';

type Application = ReadModelDatabase['subsidy_application'];
type Step = ReadModelDatabase['subsidy_step'];
export type ApplicationChange = Partial<Omit<Application, 'application_id'>>;
type Keyed = ApplicationChange & { application_id: string };

// The nursing-subsidy projection's statements, compiled once per transaction (see compiledQuery).

const applicationColumns: readonly (keyof Application)[] = [
  'application_id', 'case_id', 'person_id', 'hospital_name', 'hospital_grade', 'admitted_on', 'discharged_on',
  'admission_year', 'applied_on', 'applied_position', 'status', 'amount_fen', 'rules_effective_from',
  'notice_required', 'notice_days', 'computation', 'notice_posted_on', 'notice_closes_on', 'notice_closed_on',
  'sunshine_ref', 'submitted_on', 'batch_id', 'period', 'issued_on', 'payment_year', 'paid_on', 'failure_reason',
  'failed_on', 'settled_on', 'voucher_no', 'last_opinion', 'withdrawn_reason', 'revision', 'last_recorded_at',
];

const stepColumns: readonly (keyof Step)[] = [
  'application_id', 'position', 'revision', 'kind', 'outcome', 'status_after', 'actor_id', 'actor_role',
  'actor_township', 'recorded_at', 'business_date', 'step_date', 'opinion', 'reason', 'note', 'objections',
  'closes_on', 'external_ref', 'batch_id', 'period', 'amount_fen', 'voucher_no',
];

const valuesOf = <T>(columns: readonly (keyof T & string)[], p: QueryParameter<T>) =>
  Object.fromEntries(columns.map((column) => [column, p(column)]));

export const insertApplication = compiledQuery((db, p: QueryParameter<Application>) =>
  db.insertInto('subsidy_application').values(valuesOf(applicationColumns, p) as never),
);

export const insertStep = compiledQuery((db, p: QueryParameter<Step>) =>
  db.insertInto('subsidy_step').values(valuesOf(stepColumns, p) as never),
);

/** The application's current status and amount: what the next step follows from. */
export const selectCurrent = compiledQuery((db, p: QueryParameter<{ application_id: string }>) =>
  db.selectFrom('subsidy_application').select(['status', 'amount_fen']).where('application_id', '=', p('application_id')),
);

const updates = new Map<string, CompiledReadModelQuery<Keyed, unknown>>();

/** The UPDATE of exactly these columns (each step sets a few of them). */
export function updateApplication(columns: readonly (keyof ApplicationChange & string)[]) {
  const key = columns.join(',');
  let query = updates.get(key);
  if (!query) {
    query = compiledQuery((db, p: QueryParameter<Keyed>) =>
      db
        .updateTable('subsidy_application')
        .set(Object.fromEntries(columns.map((column) => [column, p(column)])))
        .where('application_id', '=', p('application_id')),
    );
    updates.set(key, query);
  }
  return query;
}
