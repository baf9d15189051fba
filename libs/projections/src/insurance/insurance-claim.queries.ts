import type { Kysely } from 'kysely';
import { claimStreamId } from '@careledger/domain-insurance';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { afterRow, decodeCursor, encodeCursor, type SortKey } from './insurance.cursor';

export interface InsuranceClaimFilter {
  readonly status?: string | null;
  readonly policyYear?: number | null;
  readonly caseId?: string | null;
  readonly township?: string | null;
  /** Year the claim was reported in. */
  readonly year?: number | null;
}

const ORDER: readonly SortKey[] = [
  ['c.reported_on', 'desc'],
  ['c.claim_id', 'desc'],
];

/** Claims with the person's name and masked ID number and the family's township, joined from the case read model. */
function claims(db: Kysely<ReadModelDatabase>) {
  return db
    .selectFrom('insurance_claim as c')
    .leftJoin('case_summary as s', 's.case_id', 'c.case_id')
    .leftJoin('case_member as m', (join) => join.onRef('m.case_id', '=', 'c.case_id').onRef('m.person_id', '=', 'c.person_id'));
}

const COLUMNS = ['c.claim_id', 's.township', 'm.name', 'm.id_number_masked'] as const;

export async function listInsuranceClaims(
  db: Kysely<ReadModelDatabase>,
  filter: InsuranceClaimFilter,
  page: { readonly first: number; readonly after?: string | null },
) {
  let query = claims(db);
  if (filter.status) query = query.where('c.status', '=', filter.status);
  if (filter.policyYear != null) query = query.where('c.policy_year', '=', filter.policyYear);
  if (filter.caseId) query = query.where('c.case_id', '=', filter.caseId);
  if (filter.township) query = query.where('s.township', '=', filter.township);
  if (filter.year != null) {
    query = query.where('c.reported_on', '>=', `${filter.year}-01-01`).where('c.reported_on', '<=', `${filter.year}-12-31`);
  }
  const { count } = await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  let pageQuery = query.selectAll('c').select(COLUMNS);
  if (page.after) {
    const after = decodeCursor(page.after, ORDER.length);
    pageQuery = pageQuery.where((eb) => afterRow(eb, ORDER, after));
  }
  const rows = await pageQuery.orderBy('c.reported_on', 'desc').orderBy('c.claim_id', 'desc').limit(page.first + 1).execute();
  return {
    totalCount: Number(count),
    rows: rows.slice(0, page.first).map((r) => ({ ...r, cursor: encodeCursor([r.reported_on, r.claim_id]) })),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
  };
}

export type InsuranceClaimRow = Awaited<ReturnType<typeof listInsuranceClaims>>['rows'][number];

export async function getInsuranceClaim(db: Kysely<ReadModelDatabase>, claimId: string) {
  return claims(db).selectAll('c').select(COLUMNS).where('c.claim_id', '=', claimId).executeTakeFirst();
}

/**
 * The claim's history from the audit log: every step with who, when and why, payloads masked
 * (the description is health data and appears there only as a mask).
 */
export async function getInsuranceClaimHistory(db: Kysely<ReadModelDatabase>, claimId: string) {
  return db
    .selectFrom('audit_event')
    .selectAll()
    .where('stream_id', '=', claimStreamId(claimId))
    .orderBy('position')
    .execute();
}

/** Every claim of one family, newest first. */
export async function getCaseInsuranceClaims(db: Kysely<ReadModelDatabase>, caseId: string) {
  return claims(db)
    .selectAll('c')
    .select(COLUMNS)
    .where('c.case_id', '=', caseId)
    .orderBy('c.reported_on', 'desc')
    .orderBy('c.claim_id', 'desc')
    .execute();
}
