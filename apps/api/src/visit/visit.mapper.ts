import type { PersonRef, VenueKind, VisitStatus, VisitType } from '@careledger/domain-visit';
import type { ActivityTable, VisitTable } from '@careledger/projections';
import { townshipName } from '../reference/townships';
import type { Activity, PersonReached, Visit } from './visit.types';

/** Member names by person id, for the people a page of records reached. */
export type Names = ReadonlyMap<string, string>;

const people = (json: string, names: Names): PersonReached[] =>
  (JSON.parse(json) as PersonRef[]).map(({ caseId, personId }) => ({ caseId, personId, name: names.get(personId) ?? null }));

/** The person ids a row lists (to look their names up in one query per page). */
export const personIdsOf = (json: string): string[] => (JSON.parse(json) as PersonRef[]).map((p) => p.personId);

export const toVisit = (r: VisitTable, names: Names): Visit => ({
  id: r.visit_id,
  visitType: r.visit_type as VisitType,
  visitedOn: r.visited_on,
  township: r.township,
  townshipName: townshipName(r.township) ?? r.township,
  visitors: JSON.parse(r.visitors) as string[],
  caseIds: JSON.parse(r.case_ids) as string[],
  personsReached: people(r.persons_reached, names),
  personsReachedCount: r.persons_count,
  caseCount: r.case_count,
  needsFound: JSON.parse(r.needs_found) as string[],
  followUp: r.follow_up_action !== null && r.follow_up_due_on !== null ? { action: r.follow_up_action, dueOn: r.follow_up_due_on } : null,
  cashAidFen: Number(r.cash_aid_fen),
  fundId: r.fund_id,
  goods: JSON.parse(r.goods) as Visit['goods'],
  goodsValueFen: Number(r.goods_value_fen),
  status: r.status as VisitStatus,
  voidReason: r.void_reason,
  amendmentCount: r.amendment_count,
  revision: r.revision,
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by,
  lastRecordedAt: r.last_recorded_at,
});

export const toActivity = (r: ActivityTable, names: Names): Activity => ({
  id: r.activity_id,
  venueKind: r.venue_kind as VenueKind,
  venueName: r.venue_name,
  heldOn: r.held_on,
  topic: r.topic,
  township: r.township,
  townshipName: townshipName(r.township),
  attendees: people(r.attendees, names),
  attendeeCount: r.attendee_count,
  caseCount: r.case_count,
  cashAidFen: Number(r.cash_aid_fen),
  fundId: r.fund_id,
  correctionCount: r.correction_count,
  revision: r.revision,
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by,
  lastRecordedAt: r.last_recorded_at,
});
