import type { AuditFilter } from '../gql/graphql';
import { shanghaiDayEnd, shanghaiDayStart } from '../time-travel/time-travel';

/**
 * The audit filter as the user set it. Recorded-at bounds are picked as days on the Beijing
 * calendar (an auditor asks about "the 15th", not an instant); both ranges include their last day.
 */
export type AuditTrailFilter = {
  readonly streamId?: string;
  readonly caseId?: string;
  readonly actorId?: string;
  readonly township?: string;
  readonly eventTypes?: readonly string[];
  /** Civil dates YYYY-MM-DD, inclusive. */
  readonly recordedFrom?: string;
  readonly recordedTo?: string;
  readonly businessFrom?: string;
  readonly businessTo?: string;
};

export const AUDIT_PAGE_SIZE = 50;

/**
 * The `filter` argument of `auditTrail`: empty values left out, recorded days turned into the
 * API's instants (from the first instant of the first day, up to but excluding the day after the last).
 *
 * @example toAuditFilterVariables({ recordedTo: '2023-11-15' }) // { recordedTo: '2023-11-15T16:00:00.000Z' }
 */
export function toAuditFilterVariables(filter: AuditTrailFilter): AuditFilter {
  const streamId = filter.streamId?.trim();
  const caseId = filter.caseId?.trim();
  const recordedFrom = filter.recordedFrom ? shanghaiDayStart(filter.recordedFrom) : undefined;
  const recordedTo = filter.recordedTo ? shanghaiDayEnd(filter.recordedTo) : undefined;
  return {
    ...(streamId ? { streamId } : {}),
    ...(caseId ? { caseId } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.township ? { township: filter.township } : {}),
    ...(filter.eventTypes && filter.eventTypes.length > 0 ? { eventTypes: [...filter.eventTypes] } : {}),
    ...(recordedFrom ? { recordedFrom } : {}),
    ...(recordedTo ? { recordedTo } : {}),
    ...(filter.businessFrom ? { businessFrom: filter.businessFrom } : {}),
    ...(filter.businessTo ? { businessTo: filter.businessTo } : {}),
  };
}
