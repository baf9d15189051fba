import type { TargetEvent } from '@careledger/domain-fund';
import type { RecordedEvent } from '@careledger/event-store';
import { businessDayOf } from '../audit-log/business-day';
import type { Projection } from '../runner/projection';
import {
  explainTargetRow,
  insertHistory,
  insertTarget,
  reviseTargetRow,
  selectTarget,
  withdrawTargetRow,
} from './fund-targets.statements';

/**
 * The performance targets of each year: one row per indicator with its current fields and latest
 * deviation reason, and one history row per set / revision / withdrawal / deviation explanation
 * (who, when, what changed, why).
 */
export const fundTargetsProjection: Projection = {
  name: 'funds-targets',
  filter: { streamTypes: ['target'] },
  async apply(trx, recorded) {
    const event = recorded as unknown as RecordedEvent & TargetEvent;
    const key = { year: event.data.year, indicator_id: event.data.indicatorId };
    const history = {
      ...key,
      position: recorded.position,
      actor_id: recorded.metadata.actorId,
      actor_role: recorded.metadata.actorRole,
      recorded_at: recorded.recordedAt,
      business_date: businessDayOf(recorded),
    };
    switch (event.type) {
      case 'TargetSet': {
        const { year: _year, indicatorId: _id, ...fields } = event.data;
        await insertTarget.execute(trx, {
          ...key,
          set_position: recorded.position,
          name: fields.name,
          direction: fields.direction,
          value: fields.value,
          unit: fields.unit,
          weight: fields.weight,
          source_query: fields.sourceQuery,
          status: 'ACTIVE',
          revision_count: 0,
          deviation_reason: null,
          deviation_explained_position: null,
          deviation_explained_at: null,
          deviation_explained_by: null,
        });
        await insertHistory.execute(trx, { ...history, kind: 'SET', changes: JSON.stringify(fields), reason: null });
        return true;
      }
      case 'TargetRevised': {
        const current = (await selectTarget.execute(trx, key)).rows[0];
        // Like evolve: a revision of an unknown target changes nothing.
        if (!current) return true;
        const c = event.data.changes;
        await reviseTargetRow.execute(trx, {
          ...key,
          name: c.name ?? current.name,
          direction: c.direction ?? current.direction,
          value: c.value ?? current.value,
          unit: c.unit ?? current.unit,
          weight: c.weight ?? current.weight,
          source_query: c.sourceQuery ?? current.source_query,
        });
        await insertHistory.execute(trx, { ...history, kind: 'REVISED', changes: JSON.stringify(c), reason: event.data.reason });
        return true;
      }
      case 'TargetWithdrawn':
        await withdrawTargetRow.execute(trx, key);
        await insertHistory.execute(trx, { ...history, kind: 'WITHDRAWN', changes: '{}', reason: event.data.reason });
        return true;
      case 'TargetDeviationExplained': {
        // Like evolve: the latest explanation wins, and one for an unknown target changes nothing.
        const explained = await explainTargetRow.execute(trx, {
          ...key,
          deviation_reason: event.data.reason,
          deviation_explained_position: recorded.position,
          deviation_explained_at: recorded.recordedAt,
          deviation_explained_by: recorded.metadata.actorId,
        });
        if (explained.numAffectedRows === 0n) return true;
        await insertHistory.execute(trx, { ...history, kind: 'EXPLAINED', changes: '{}', reason: event.data.reason });
        return true;
      }
      default: {
        const _exhaustive: never = event;
        return false;
      }
    }
  },
};
