import type { Projection } from '../runner/projection';
import { evolveReportFacts, reportFactIds } from './report-facts.fold';
import { REPORT_EVENT_TYPES, REPORT_STREAM_TYPES } from './report-facts.event-types';
import type { ReportFact } from './report-facts.types';
import { fromRow, selectFact, toRow, upsertFact } from './report.statements';

export const REPORT_FACTS_PROJECTION = 'report-facts';

/** Keeps the report's facts as rows: loads what an event touches, folds it, writes back what changed. */
export const reportFactsProjection: Projection = {
  name: REPORT_FACTS_PROJECTION,
  filter: { streamTypes: REPORT_STREAM_TYPES, eventTypes: REPORT_EVENT_TYPES },
  async apply(trx, event) {
    const ids = reportFactIds(event);
    if (ids.length === 0) return false;
    const current = new Map<string, ReportFact>();
    for (const id of ids) {
      const row = (await selectFact.execute(trx, { fact_id: id })).rows[0];
      if (row) current.set(id, fromRow(row));
    }
    for (const fact of evolveReportFacts(current, event)) await upsertFact.execute(trx, toRow(fact));
    return true;
  },
};
