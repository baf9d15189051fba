import type { EventStore } from '@careledger/event-store';
import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import { foldReportFacts } from './report-facts.fold';
import type { ReportFact } from './report-facts.types';
import { REPORT_FACTS_PROJECTION, reportFactsProjection } from './report.projection';
import { fromRow } from './report.statements';

/** Every report fact of the live read model, with the log position it reflects. */
export async function getReportFacts(db: Kysely<ReadModelDatabase>): Promise<{ facts: ReportFact[]; position: number }> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('report_fact').selectAll().orderBy('fact_id').execute();
    const checkpoint = await trx
      .selectFrom('projection_checkpoints')
      .select('position')
      .where('name', '=', REPORT_FACTS_PROJECTION)
      .executeTakeFirst();
    return { facts: rows.map(fromRow), position: checkpoint?.position ?? 0 };
  });
}

const PAGE = 1000;

/**
 * The report facts as of a past log position, folded in memory from the log (no read model):
 * what a sealed report or an auditor reproduces. Same fold as the live projection.
 */
export async function replayReportFacts(store: EventStore, atPosition: number): Promise<ReportFact[]> {
  let facts = new Map<string, ReportFact>();
  let from = 0;
  for (;;) {
    const page = await store.readAll({ fromPosition: from, limit: PAGE, filter: reportFactsProjection.filter });
    const events = page.filter((e) => e.position <= atPosition);
    facts = foldReportFacts(facts, events);
    const last = page.at(-1);
    if (!last || page.length < PAGE || last.position >= atPosition) break;
    from = last.position;
  }
  return [...facts.values()].sort((a, b) => (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0));
}
