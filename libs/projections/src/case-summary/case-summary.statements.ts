import type { ReadModelDatabase } from '../read-model/read-model.database';
import { compiledQuery, type CompiledReadModelQuery, type QueryParameter } from '../read-model/sqlite-read-models';

type Summary = ReadModelDatabase['case_summary'];
type Member = ReadModelDatabase['case_member'];
type Contact = ReadModelDatabase['case_contact'];
/** What every event on a case sets: the case row's revision and time. */
export interface Stamp {
  readonly case_id: string;
  readonly revision: number;
  readonly last_recorded_at: string;
}
/** What follows from the member rows (see caseDerived). */
export type Derived = Pick<Summary, 'head_name' | 'member_count' | 'search_text'>;

// The case-summary projection's queries, compiled once per transaction (see compiledQuery).

export const insertCase = compiledQuery((db, p: QueryParameter<Summary>) =>
  db.insertInto('case_summary').values({
    case_id: p('case_id'),
    category: p('category'),
    status: p('status'),
    township: p('township'),
    village: p('village'),
    address: p('address'),
    opened_on: p('opened_on'),
    exit_reason: p('exit_reason'),
    exited_on: p('exited_on'),
    head_name: p('head_name'),
    member_count: p('member_count'),
    revision: p('revision'),
    last_recorded_at: p('last_recorded_at'),
    search_text: p('search_text'),
  }),
);

/** The case row with its members' name and relation in member order (no member: one row of nulls). */
export const selectCaseWithMembers = compiledQuery((db, p: QueryParameter<{ caseId: string }>) =>
  db
    .selectFrom('case_summary as s')
    .leftJoin('case_member as m', 'm.case_id', 's.case_id')
    .select(['s.village', 's.address', 'm.person_id', 'm.name', 'm.relation'])
    .where('s.case_id', '=', p('caseId'))
    .orderBy('m.ordinal'),
);

/** An UPDATE of the case row that sets `columns` and stamps it. */
const stamped = <T extends object>(columns: (p: QueryParameter<Stamp & T>) => Partial<Summary>) =>
  compiledQuery((db, p: QueryParameter<Stamp & T>) =>
    db
      .updateTable('case_summary')
      .set({ ...columns(p), revision: p('revision'), last_recorded_at: p('last_recorded_at') })
      .where('case_id', '=', p('case_id')),
  );

export const touchCase = stamped(() => ({}));
export const setDerived = stamped<Derived>((p) => ({ head_name: p('head_name'), member_count: p('member_count'), search_text: p('search_text') }));
export const setCategory = stamped<Pick<Summary, 'category'>>((p) => ({ category: p('category') }));
export const setStatus = stamped<Pick<Summary, 'status' | 'exit_reason' | 'exited_on'>>((p) => ({
  status: p('status'),
  exit_reason: p('exit_reason'),
  exited_on: p('exited_on'),
}));

export const insertMember = compiledQuery((db, p: QueryParameter<Member>) =>
  db.insertInto('case_member').values({
    case_id: p('case_id'),
    person_id: p('person_id'),
    ordinal: p('ordinal'),
    name: p('name'),
    id_number_masked: p('id_number_masked'),
    relation: p('relation'),
    sex: p('sex'),
    birth_date: p('birth_date'),
    phone_masked: p('phone_masked'),
    deceased: p('deceased'),
    died_on: p('died_on'),
  }),
);

export const markMemberDied = compiledQuery((db, p: QueryParameter<Pick<Member, 'case_id' | 'person_id' | 'died_on'>>) =>
  db
    .updateTable('case_member')
    .set({ deceased: 1, died_on: p('died_on') })
    .where('case_id', '=', p('case_id'))
    .where('person_id', '=', p('person_id')),
);

export type MemberCorrection = Partial<Pick<Member, 'name' | 'id_number_masked' | 'relation' | 'sex' | 'birth_date' | 'phone_masked'>>;

const corrections = new Map<string, CompiledReadModelQuery<MemberCorrection & Pick<Member, 'case_id' | 'person_id'>, unknown>>();

/** The UPDATE for exactly the corrected columns (a correction names only what changed). */
export function correctMember(columns: readonly (keyof MemberCorrection)[]) {
  const key = columns.join(',');
  let query = corrections.get(key);
  if (!query) {
    query = compiledQuery((db, p: QueryParameter<MemberCorrection & Pick<Member, 'case_id' | 'person_id'>>) =>
      db
        .updateTable('case_member')
        .set(Object.fromEntries(columns.map((column) => [column, p(column)])))
        .where('case_id', '=', p('case_id'))
        .where('person_id', '=', p('person_id')),
    );
    corrections.set(key, query);
  }
  return query;
}

export const upsertContact = compiledQuery((db, p: QueryParameter<Contact>) =>
  db
    .insertInto('case_contact')
    .values({ case_id: p('case_id'), role: p('role'), name: p('name'), phone: p('phone') })
    .onConflict((oc) => oc.columns(['case_id', 'role']).doUpdateSet({ name: p('name'), phone: p('phone') })),
);
