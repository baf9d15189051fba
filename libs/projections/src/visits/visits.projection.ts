import { countPersons, type VisitDetails, type VisitEvent } from '@careledger/domain-visit';
import type { RecordedEvent } from '@careledger/event-store';
import type { Transaction } from 'kysely';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import type { Projection } from '../runner/projection';
import { deleteVisitCases, insertVisit, insertVisitCase } from './visits.statements';
import type { VisitTable } from './visits.tables';

type Trx = Transaction<ReadModelDatabase>;

/**
 * One row per visit (as amended, with status, void reason and amendment count) and one row per
 * case it reached. An amendment names only what changed, so it is merged into the stored row.
 */
export const visitsProjection: Projection = {
  name: 'visits-visit',
  filter: { streamTypes: ['visit'] },
  async apply(trx, recorded) {
    const event = recorded as unknown as RecordedEvent & VisitEvent;
    const stamp = { revision: recorded.revision, last_recorded_at: recorded.recordedAt };
    switch (event.type) {
      case 'VisitRecorded': {
        const { visitId, ...details } = event.data;
        const row: VisitTable = {
          visit_id: visitId,
          ...detailColumns(details),
          status: 'RECORDED',
          void_reason: null,
          amendment_count: 0,
          recorded_at: recorded.recordedAt,
          recorded_by: recorded.metadata.actorId,
          ...stamp,
        };
        await insertVisit.execute(trx, row);
        await replaceCases(trx, visitId, details.caseIds);
        return true;
      }
      case 'VisitAmended': {
        const { visitId, changes, caseIds } = event.data;
        const row = await trx.selectFrom('visit').selectAll().where('visit_id', '=', visitId).executeTakeFirst();
        // Never throw on a known event: an amendment of a visit this table never saw changes nothing.
        if (!row) return true;
        const merged: VisitDetails = { ...detailsOf(row), ...changes, caseIds };
        await trx
          .updateTable('visit')
          .set({ ...detailColumns(merged), amendment_count: row.amendment_count + 1, ...stamp })
          .where('visit_id', '=', visitId)
          .execute();
        await replaceCases(trx, visitId, caseIds);
        return true;
      }
      case 'VisitVoided':
        await trx
          .updateTable('visit')
          .set({ status: 'VOIDED', void_reason: event.data.reason, ...stamp })
          .where('visit_id', '=', event.data.visitId)
          .execute();
        return true;
      default: {
        const _exhaustive: never = event;
        return false;
      }
    }
  },
};

type DetailColumns = Omit<VisitTable, 'visit_id' | 'status' | 'void_reason' | 'amendment_count' | 'revision' | 'recorded_at' | 'recorded_by' | 'last_recorded_at'>;

function detailColumns(d: VisitDetails): DetailColumns {
  return {
    visit_type: d.visitType,
    visited_on: d.visitedOn,
    township: d.township,
    visitors: JSON.stringify(d.visitors),
    case_ids: JSON.stringify(d.caseIds),
    persons_reached: JSON.stringify(d.personsReached),
    persons_count: countPersons(d.personsReached),
    case_count: d.caseIds.length,
    needs_found: JSON.stringify(d.needsFound),
    follow_up_action: d.followUp?.action ?? null,
    follow_up_due_on: d.followUp?.dueOn ?? null,
    cash_aid_fen: d.cashAidFen,
    fund_id: d.fundId,
    goods: JSON.stringify(d.goods),
    goods_value_fen: d.goods.reduce((sum, g) => sum + g.valueFen, 0),
  };
}

/** The visit's details as stored, the inverse of detailColumns. */
export function detailsOf(row: VisitTable): VisitDetails {
  return {
    visitType: row.visit_type as VisitDetails['visitType'],
    visitedOn: row.visited_on,
    township: row.township,
    visitors: JSON.parse(row.visitors) as string[],
    caseIds: JSON.parse(row.case_ids) as string[],
    personsReached: JSON.parse(row.persons_reached) as VisitDetails['personsReached'],
    needsFound: JSON.parse(row.needs_found) as string[],
    followUp:
      row.follow_up_action === null || row.follow_up_due_on === null
        ? null
        : { action: row.follow_up_action, dueOn: row.follow_up_due_on },
    cashAidFen: Number(row.cash_aid_fen),
    fundId: row.fund_id,
    goods: JSON.parse(row.goods) as VisitDetails['goods'],
  };
}

/** The cases the visit reached, one row each, in the order listed (as one multi-row INSERT would). */
async function replaceCases(trx: Trx, visitId: string, caseIds: readonly string[]): Promise<void> {
  await deleteVisitCases.execute(trx, { visit_id: visitId });
  for (const caseId of caseIds) await insertVisitCase.execute(trx, { visit_id: visitId, case_id: caseId });
}
