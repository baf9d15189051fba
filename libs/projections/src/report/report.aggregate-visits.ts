import type { PersonRef, RecordedVisit } from '@careledger/domain-visit';
import type { ActivityFact, ReportFact, VisitFact } from './report-facts.types';
import type { FigureEntry } from './report.aggregate.types';
import { inYear, sourceOf, type Scope } from './report.scope';

/** Visits dated in the year, voided ones left out; the township is the visit's own. */
export function visitFigures(facts: readonly ReportFact[], scope: Scope): FigureEntry[] {
  const visits = countedVisits(facts, scope);
  const sources = visits.map(({ fact, visit }) => sourceOf(fact, (fact as VisitFact).data.visitId, visit.caseIds));
  const reached = visits.map(({ visit }) => visit.personsReached);
  return [
    ['visits.count', visits.length, sources],
    ['visits.personTimes', personTimes(reached), sources],
    ['visits.distinctPersons', distinctPersons(reached), sources],
    // The seed report calls every visit 上门走访: all visit types count as home visits.
    ['visits.homeVisitCount', visits.length, sources],
  ];
}

/** The visits visits.count counts. */
export function countedVisits(facts: readonly ReportFact[], scope: Scope): { fact: VisitFact; visit: RecordedVisit['visit'] }[] {
  return facts.flatMap((f) =>
    f.kind === 'VISIT' && f.data.state.status === 'recorded' && inYear(f.data.state.visit.visitedOn, scope.year) && scope.hasTownship(f.data.state.visit.township)
      ? [{ fact: f, visit: f.data.state.visit }]
      : [],
  );
}

/** Activities held in the year (the domain has no cancellation); a county-wide one counts for the county only. */
export function activityFigures(facts: readonly ReportFact[], scope: Scope): FigureEntry[] {
  const held = facts.flatMap((f) =>
    f.kind === 'ACTIVITY' && f.data.state.status === 'held' && inYear(f.data.state.activity.heldOn, scope.year) && scope.hasTownship(f.data.state.activity.township)
      ? [{ fact: f, activity: f.data.state.activity }]
      : [],
  );
  const sources = held.map(({ fact, activity }) =>
    sourceOf(fact, (fact as ActivityFact).data.activityId, [...new Set(activity.attendees.map((a) => a.caseId))]),
  );
  const attendees = held.map(({ activity }) => activity.attendees);
  return [
    ['activities.count', held.length, sources],
    ['activities.distinctPersons', distinctPersons(attendees), sources],
    ['activities.personTimes', personTimes(attendees), sources],
  ];
}

const personTimes = (lists: readonly (readonly PersonRef[])[]): number =>
  lists.reduce((sum, list) => sum + new Set(list.map((p) => p.personId)).size, 0);

const distinctPersons = (lists: readonly (readonly PersonRef[])[]): number => new Set(lists.flat().map((p) => p.personId)).size;
