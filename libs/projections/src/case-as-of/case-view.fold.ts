import type { CareCaseEvent } from '@careledger/domain-care-case';
import { maskPhone, maskResidentId } from '@careledger/domain-kernel';
import { streamTypeOf, type RecordedEvent } from '@careledger/event-store';
import { CaseStreamLinks } from '../audit-log/cases-touched';
import { caseTimelineRow, type CaseTimelineRow } from '../case-timeline/case-timeline.projection';
import { ERASED } from '../case-summary/case-summary.projection';
import type {
  CaseContactTable,
  CaseMemberTable,
  CaseSummaryTable,
} from '../read-model/read-model.database';

/**
 * A case in exactly the row shapes the live read models serve (case_summary, case_member,
 * case_contact, case_timeline), so one mapper turns either into API objects and a test can
 * compare the two directly.
 */
export interface CaseView {
  readonly summary: CaseSummaryTable;
  readonly members: readonly CaseMemberTable[];
  readonly contacts: readonly CaseContactTable[];
  readonly timeline: readonly CaseTimelineRow[];
}

const maskId = (value: string | null): string => (value === null ? ERASED : maskResidentId(value));
const maskPhoneOrNull = (value: string | null): string | null => (value === null ? null : maskPhone(value));

/**
 * Folds a case's events (its own stream plus events elsewhere that name it, in any order,
 * duplicates allowed) into the view the live projections would have built from them. Pure: the
 * caller chooses the events, which is all time travel is. Null when the case was not opened.
 *
 * It mirrors caseSummaryProjection and caseTimelineProjection rule for rule; the live-vs-fold
 * test in case-as-of.int.spec.ts is what keeps the two from drifting apart.
 */
export function foldCaseView(caseId: string, events: readonly RecordedEvent[]): CaseView | null {
  return foldEventsOfCase(caseId, eventsOfCase(caseId, events));
}

/**
 * The events that belong to a case, in log order, once each: those naming it and the later
 * events of the streams they started (see casesOfEvent). Decided over the WHOLE history before
 * any time cut, so a step dated before its application's own business date still belongs to it.
 */
export function eventsOfCase(caseId: string, events: readonly RecordedEvent[]): RecordedEvent[] {
  const byPosition = new Map(events.map((e) => [e.position, e]));
  const ordered = [...byPosition.values()].sort((a, b) => a.position - b.position);
  const links = new CaseStreamLinks();
  return ordered.filter((event) => links.casesOf(event).includes(caseId));
}

/** Folds events already chosen by `eventsOfCase` (and perhaps cut at a moment), in log order. */
export function foldEventsOfCase(caseId: string, ordered: readonly RecordedEvent[]): CaseView | null {
  let summary: CaseSummaryTable | null = null;
  const members = new Map<string, CaseMemberTable>();
  const contacts = new Map<string, CaseContactTable>();
  const timeline: CaseTimelineRow[] = [];

  for (const event of ordered) {
    // Only the case's own stream shapes the file; other streams (visits…) add timeline entries.
    if (streamTypeOf(event.streamId) === 'case') summary = applyToCase(summary, members, contacts, event);
    timeline.push(caseTimelineRow(caseId, event));
  }
  if (!summary) return null;

  const memberRows = [...members.values()].sort((a, b) => a.ordinal - b.ordinal);
  const head = memberRows.find((m) => m.relation === 'HEAD') ?? memberRows[0];
  return {
    summary: {
      ...summary,
      head_name: head?.name ?? null,
      member_count: memberRows.length,
      search_text: [...memberRows.map((m) => m.name), summary.village, summary.address].join(' ').toLowerCase(),
    },
    members: memberRows,
    contacts: [...contacts.values()].sort((a, b) => (a.role < b.role ? 1 : a.role > b.role ? -1 : 0)),
    timeline,
  };
}

/** One care-case event on the summary, members and contacts (mutated: they are the fold's own). */
function applyToCase(
  summary: CaseSummaryTable | null,
  members: Map<string, CaseMemberTable>,
  contacts: Map<string, CaseContactTable>,
  recorded: RecordedEvent,
): CaseSummaryTable | null {
  const event = recorded as unknown as RecordedEvent & CareCaseEvent;
  const stamp = { revision: recorded.revision, last_recorded_at: recorded.recordedAt };
  if (event.type === 'CaseOpened') {
    const d = event.data;
    return {
      case_id: d.caseId,
      category: d.category,
      status: 'ACTIVE',
      township: d.township,
      village: d.village,
      address: d.address,
      opened_on: d.openedOn,
      exit_reason: null,
      exited_on: null,
      head_name: null,
      member_count: 0,
      search_text: '',
      ...stamp,
    };
  }
  if (!summary) return summary;
  switch (event.type) {
    case 'MemberRegistered': {
      const d = event.data;
      members.set(d.personId, {
        case_id: d.caseId,
        person_id: d.personId,
        ordinal: members.size,
        name: d.name,
        id_number_masked: maskId(d.idNumber),
        relation: d.relation,
        sex: d.sex,
        birth_date: d.birthDate,
        phone_masked: maskPhoneOrNull(d.phone),
        deceased: 0,
        died_on: null,
      });
      return { ...summary, ...stamp };
    }
    case 'MemberDetailsCorrected': {
      const member = members.get(event.data.personId);
      const c = event.data.changes;
      if (member) {
        members.set(member.person_id, {
          ...member,
          name: c.name ?? member.name,
          id_number_masked: c.idNumber === undefined ? member.id_number_masked : maskId(c.idNumber),
          relation: c.relation ?? member.relation,
          sex: c.sex ?? member.sex,
          birth_date: c.birthDate ?? member.birth_date,
          phone_masked: c.phone === undefined ? member.phone_masked : maskPhoneOrNull(c.phone),
        });
      }
      return { ...summary, ...stamp };
    }
    case 'MemberDied': {
      const member = members.get(event.data.personId);
      if (member) members.set(member.person_id, { ...member, deceased: 1, died_on: event.data.diedOn });
      return { ...summary, ...stamp };
    }
    case 'CategoryChanged':
      return { ...summary, category: event.data.to, ...stamp };
    case 'ContactAssigned': {
      const { caseId, role, name, phone } = event.data;
      contacts.set(role, { case_id: caseId, role, name, phone });
      return { ...summary, ...stamp };
    }
    case 'CaseNoteAdded':
      return { ...summary, ...stamp };
    case 'CaseExited':
      return { ...summary, status: 'EXITED', exit_reason: event.data.exitReason, exited_on: event.data.exitedOn, ...stamp };
    case 'CaseReopened':
      return { ...summary, status: 'ACTIVE', exit_reason: null, exited_on: null, ...stamp };
    default: {
      // An event type this fold does not know changes nothing (the live projection skips it too).
      const _exhaustive: never = event;
      return summary;
    }
  }
}

