import { careCasePersonalData } from '@careledger/domain-care-case';
import type { RecordedEvent } from '@careledger/event-store';
import type { Projection } from '../runner/projection';
import { maskPersonalData } from './mask-personal-data';

/**
 * Which cases an event touches. Case streams name their case; later stream types (visits,
 * subsidies, claims) add their own rule here and so appear on each family's timeline.
 */
function casesTouchedBy(event: RecordedEvent): readonly string[] {
  const data = event.data as { caseId?: unknown; caseIds?: unknown };
  if (typeof data.caseId === 'string') return [data.caseId];
  if (Array.isArray(data.caseIds)) return data.caseIds.filter((id): id is string => typeof id === 'string');
  return [];
}

/** Every event touching a case, with its metadata, in log order: who, when, what, why. */
export const caseTimelineProjection: Projection = {
  name: 'case-timeline',
  filter: { streamTypes: ['case'] },
  async apply(trx, event) {
    const caseIds = casesTouchedBy(event);
    if (caseIds.length === 0) return false;
    const data = JSON.stringify(maskPersonalData(event.type, event.data, careCasePersonalData));
    const m = event.metadata;
    await trx
      .insertInto('case_timeline')
      .values(
        caseIds.map((caseId) => ({
          case_id: caseId,
          position: event.position,
          event_id: event.id,
          stream_id: event.streamId,
          revision: event.revision,
          type: event.type,
          data,
          recorded_at: event.recordedAt,
          business_date: m.businessDate ?? null,
          actor_id: m.actorId,
          actor_role: m.actorRole,
          actor_township: m.actorTownship,
          reason: m.reason ?? null,
          command_id: m.commandId,
          correlation_id: m.correlationId,
          causation_id: m.causationId,
        })),
      )
      .execute();
    return true;
  },
};
