import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { afterRow, decodeCursor, encodeCursor } from './insurance.cursor';

export type InsurancePolicyRow = ReadModelDatabase['insurance_policy'];

export interface InsurancePolicyFilter {
  readonly year?: number | null;
  /** Substring of the insurer's name. */
  readonly insurer?: string | null;
}

const escapeLike = (text: string) => text.replace(/[%_\\]/g, (c) => `\\${c}`);

/** Policies, newest year first. */
export async function listInsurancePolicies(
  db: Kysely<ReadModelDatabase>,
  filter: InsurancePolicyFilter,
  page: { readonly first: number; readonly after?: string | null },
) {
  let query = db.selectFrom('insurance_policy');
  if (filter.year != null) query = query.where('policy_year', '=', filter.year);
  const insurer = filter.insurer?.trim();
  if (insurer) query = query.where('insurer', 'like', `%${escapeLike(insurer)}%`);
  const { count } = await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  let pageQuery = query.selectAll();
  if (page.after) {
    const after = decodeCursor(page.after, 1);
    pageQuery = pageQuery.where((eb) => afterRow(eb, [['policy_year', 'desc']], after));
  }
  const rows = await pageQuery.orderBy('policy_year', 'desc').limit(page.first + 1).execute();
  return {
    totalCount: Number(count),
    rows: rows.slice(0, page.first).map((r) => ({ ...r, cursor: encodeCursor([r.policy_year]) })),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: Boolean(page.after),
  };
}

export async function getInsurancePolicy(db: Kysely<ReadModelDatabase>, year: number): Promise<InsurancePolicyRow | undefined> {
  return db.selectFrom('insurance_policy').selectAll().where('policy_year', '=', year).executeTakeFirst();
}
