import type { RecordedEvent } from '@careledger/event-store';
import { streamTypeOf } from '@careledger/event-store';
import type { CaseOpened } from '@careledger/domain-care-case';
import { evolveClaim, evolvePolicy, type ClaimEvent, type PolicyEvent } from '@careledger/domain-insurance';
import { evolveNursingSubsidy, type NursingSubsidyEvent } from '@careledger/domain-nursing-subsidy';
import { evolveActivity, evolveVisit, type ActivityEvent, type VisitEvent } from '@careledger/domain-visit';
import { evolveTargetYear, type TargetEvent } from '@careledger/domain-fund';
import { evolveFundFacts, fundFactIds } from './report-facts.fund';
import type { DonationEvent } from '@careledger/domain-donation';
import { REPORT_EVENT_TYPES } from './report-facts.event-types';
import type { MakeFact, ReportFact, ReportFacts } from './report-facts.types';

/**
 * The report's pure fold, in two steps so a projection can load only what an event touches:
 * `reportFactIds(event)` names the facts the event reads or writes, and
 * `evolveReportFacts(facts, event)` returns the facts it changed (with the event's position
 * appended). An event of no interest touches nothing. Each record is folded by its domain's own
 * `evolve`, so the report reads states exactly as the deciders do.
 *
 * @example
 *   let facts: ReportFacts = new Map();
 *   for (const e of events) facts = foldReportFacts(facts, [e]);
 */
export function reportFactIds(event: RecordedEvent): string[] {
  if (!REPORT_EVENT_TYPES.includes(event.type)) return [];
  const { streamId } = event;
  const data = event.data as Record<string, unknown>;
  switch (streamTypeOf(streamId)) {
    case 'policy':
      return event.type === 'PolicyPurchased' ? [streamId] : [streamId, `${streamId}#${String(data['personId'])}`];
    case 'target':
      return [`${streamId}#${String(data['indicatorId'])}`];
    case 'donation':
      return [`${streamId}#${String(data['donationId'])}`];
    case 'fund':
      return fundFactIds(event);
    default:
      return [streamId];
  }
}

export function evolveReportFacts(facts: ReportFacts, event: RecordedEvent): ReportFact[] {
  if (!REPORT_EVENT_TYPES.includes(event.type)) return [];
  const { streamId, position } = event;
  const at = (factId: string) => facts.get(factId);
  const make = <F extends ReportFact>(factId: string, kind: F['kind'], data: F['data']): ReportFact => {
    const positions = [...(at(factId)?.positions ?? []), position];
    return { factId, streamId, kind, data, positions } as ReportFact;
  };
  switch (streamTypeOf(streamId)) {
    case 'case': {
      const { caseId, township } = (event as unknown as CaseOpened).data;
      return [make(streamId, 'CASE', { caseId, township })];
    }
    case 'subsidy': {
      const current = at(streamId);
      const state = current?.kind === 'SUBSIDY' ? current.data : { status: 'initial' as const };
      return [make(streamId, 'SUBSIDY', evolveNursingSubsidy(state, event as unknown as NursingSubsidyEvent))];
    }
    case 'claim': {
      const current = at(streamId);
      const state = current?.kind === 'CLAIM' ? current.data : { status: 'initial' as const };
      return [make(streamId, 'CLAIM', evolveClaim(state, event as unknown as ClaimEvent))];
    }
    case 'visit': {
      const current = at(streamId);
      const state = current?.kind === 'VISIT' ? current.data.state : { status: 'initial' as const };
      const visitId = String((event.data as { visitId: unknown }).visitId);
      return [make(streamId, 'VISIT', { visitId, state: evolveVisit(state, event as unknown as VisitEvent) })];
    }
    case 'activity': {
      const current = at(streamId);
      const state = current?.kind === 'ACTIVITY' ? current.data.state : { status: 'initial' as const };
      const activityId = String((event.data as { activityId: unknown }).activityId);
      const next = evolveActivity(state, event as unknown as ActivityEvent);
      return [make(streamId, 'ACTIVITY', { activityId, state: next })];
    }
    case 'policy':
      return evolvePolicyFacts(facts, event, make);
    case 'target':
      return evolveTargetFact(facts, event, make);
    case 'fund':
      return evolveFundFacts(facts, event, make);
    case 'donation':
      return evolveDonationFact(facts, event, make);
    default:
      return [];
  }
}

/** Folds a batch of events into a new map of facts (the in-memory path). */
export function foldReportFacts(facts: ReportFacts, events: readonly RecordedEvent[]): Map<string, ReportFact> {
  const next = new Map(facts);
  for (const event of events) for (const fact of evolveReportFacts(next, event)) next.set(fact.factId, fact);
  return next;
}

/** The policy fact holds the terms; each insured person is a fact folded by evolvePolicy on a one-person policy. */
function evolvePolicyFacts(facts: ReportFacts, event: RecordedEvent, make: MakeFact): ReportFact[] {
  const policyEvent = event as unknown as PolicyEvent;
  if (policyEvent.type === 'PolicyPurchased') {
    return facts.has(event.streamId) ? [] : [make(event.streamId, 'POLICY', policyEvent.data)];
  }
  const policy = facts.get(event.streamId);
  if (policy?.kind !== 'POLICY') return [];
  const { personId, year } = policyEvent.data;
  const factId = `${event.streamId}#${personId}`;
  const current = facts.get(factId);
  const periods = current?.kind === 'ENROLMENT' ? current.data.periods : [];
  const state = { status: 'purchased' as const, terms: policy.data, enrolments: new Map([[personId, periods]]) };
  const next = evolvePolicy(state, policyEvent);
  if (next === state || next.status !== 'purchased') return [];
  return [make(factId, 'ENROLMENT', { year, personId, periods: next.enrolments.get(personId) ?? [] })];
}

function evolveTargetFact(facts: ReportFacts, event: RecordedEvent, make: MakeFact): ReportFact[] {
  const targetEvent = event as unknown as TargetEvent;
  const { year, indicatorId } = targetEvent.data;
  const factId = `${event.streamId}#${indicatorId}`;
  const current = facts.get(factId);
  const state =
    current?.kind === 'TARGET'
      ? { status: 'open' as const, year, targets: new Map([[indicatorId, current.data.target]]) }
      : { status: 'initial' as const };
  const next = evolveTargetYear(state, targetEvent);
  const target = next.status === 'open' ? next.targets.get(indicatorId) : undefined;
  return target && next !== state ? [make(factId, 'TARGET', { year, target })] : [];
}

function evolveDonationFact(facts: ReportFacts, event: RecordedEvent, make: MakeFact): ReportFact[] {
  const donationEvent = event as unknown as DonationEvent;
  const { year, donationId, amountFen, matchingFen } = donationEvent.data;
  const factId = `${event.streamId}#${donationId}`;
  const current = facts.get(factId);
  if (donationEvent.type === 'DonationRecorded') {
    return current ? [] : [make(factId, 'DONATION', { year, donationId, amountFen, matchingFen, reversed: false })];
  }
  if (current?.kind !== 'DONATION' || current.data.reversed) return [];
  return [make(factId, 'DONATION', { ...current.data, reversed: true })];
}
