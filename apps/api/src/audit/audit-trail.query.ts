import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCivilDate } from '@careledger/domain-kernel';
import { listAuditEvents, type AuditEventRow, type AuditTrailFilter, type ReadModelDatabase } from '@careledger/projections';
import type { Kysely } from 'kysely';
import { READ_DB } from '../infrastructure/tokens';
import { assertPageSize, toConnection } from '../shared/connection';
import { actorName } from '../shared/actor';
import { parseInstant } from '../shared/iso-instant';
import type { AuditFilter } from './audit-filter.input';
import type { AuditEvent, AuditEventConnection } from './audit.types';

export const MAX_AUDIT_PAGE_SIZE = 200;

/** The audit trail: every event of the log, newest first, filtered; a cursor connection. */
export class AuditTrailQuery extends Query<AuditEventConnection> {
  constructor(
    readonly filter: AuditFilter,
    readonly first: number,
    readonly after: string | null,
  ) {
    super();
  }
}

@QueryHandler(AuditTrailQuery)
export class AuditTrailHandler implements IQueryHandler<AuditTrailQuery, AuditEventConnection> {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadModelDatabase>) {}

  async execute({ filter, first, after }: AuditTrailQuery): Promise<AuditEventConnection> {
    assertPageSize(first, MAX_AUDIT_PAGE_SIZE);
    return toConnection(await listAuditEvents(this.db, validFilter(filter), { first, after }), toAuditEvent);
  }
}

const present = (value: string | null | undefined): value is string => value !== null && value !== undefined;

/** Instants normalised to the log's UTC form (they are compared as strings); dates checked. */
function validFilter(filter: AuditFilter): AuditTrailFilter {
  return {
    ...filter,
    recordedFrom: present(filter.recordedFrom) ? parseInstant('recordedFrom', filter.recordedFrom) : null,
    recordedTo: present(filter.recordedTo) ? parseInstant('recordedTo', filter.recordedTo) : null,
    businessFrom: present(filter.businessFrom) ? assertCivilDate('businessFrom', filter.businessFrom) : null,
    businessTo: present(filter.businessTo) ? assertCivilDate('businessTo', filter.businessTo) : null,
  };
}

const toAuditEvent = (r: AuditEventRow): AuditEvent => ({
  eventId: r.event_id,
  position: r.position,
  streamId: r.stream_id,
  streamType: r.stream_type,
  revision: r.revision,
  type: r.type,
  schemaVersion: r.schema_version,
  data: JSON.parse(r.data) as unknown,
  recordedAt: r.recorded_at,
  businessDate: r.business_date,
  actorId: r.actor_id,
  actorName: actorName(r.actor_id),
  actorRole: r.actor_role,
  actorTownship: r.actor_township,
  reason: r.reason,
  commandId: r.command_id,
  correlationId: r.correlation_id,
  causationId: r.causation_id,
  prevHash: r.prev_hash,
  hash: r.hash,
  caseIds: [...r.caseIds],
});
