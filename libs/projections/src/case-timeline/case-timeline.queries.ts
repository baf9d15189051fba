import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';

export async function getCaseTimeline(db: Kysely<ReadModelDatabase>, caseId: string) {
  return db.selectFrom('case_timeline').selectAll().where('case_id', '=', caseId).orderBy('position').execute();
}
