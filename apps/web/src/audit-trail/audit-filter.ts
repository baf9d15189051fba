import type { AuditFilter } from '../gql/graphql';
import { AUDIT_TRAIL_PATH } from '../routing/routes';
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

/** What a link into the audit trail asks for: a filter, and the log positions to mark (the events a figure counted). */
export type AuditLink = { readonly filter: AuditTrailFilter; readonly marked: ReadonlySet<number> };

/**
 * `/audit?stream=…&case=…&positions=12,57`: the audit trail filtered to a stream or a family, with
 * the listed events marked, so a report's drill-down can hand an auditor the very events it counted.
 *
 * @example auditTrailPath({ streamId: 'subsidy-a1', positions: [12, 57] }) // '/audit?stream=subsidy-a1&positions=12%2C57'
 */
export function auditTrailPath(link: { readonly streamId?: string; readonly caseId?: string; readonly positions?: readonly number[] }): string {
  const params = new URLSearchParams();
  if (link.streamId) params.set('stream', link.streamId);
  if (link.caseId) params.set('case', link.caseId);
  if (link.positions && link.positions.length > 0) params.set('positions', link.positions.join(','));
  const search = params.toString();
  return search ? `${AUDIT_TRAIL_PATH}?${search}` : AUDIT_TRAIL_PATH;
}

/** Reads what `auditTrailPath` wrote; anything unreadable is left out. */
export function readAuditLink(search: string): AuditLink {
  const params = new URLSearchParams(search);
  const streamId = params.get('stream')?.trim();
  const caseId = params.get('case')?.trim();
  const marked = (params.get('positions') ?? '')
    .split(',')
    .map((p) => Number(p))
    .filter((p) => Number.isSafeInteger(p) && p > 0);
  return { filter: { ...(streamId ? { streamId } : {}), ...(caseId ? { caseId } : {}) }, marked: new Set(marked) };
}
