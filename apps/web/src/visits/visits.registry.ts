import { VENUE_KIND_LABELS, VISIT_TYPE_LABELS, type ActivityEventType, type VisitEventType } from '@careledger/domain-visit';
import { text, type EventData, type Summarizer } from '../case-timeline/timeline-summary';
import type { MessageKey } from '../i18n/i18n';
import { fenToYuan } from '../money/yuan-fen';

type VisitsEventType = VisitEventType | ActivityEventType;

/**
 * What the shared screens need to know about this domain's events and fields: the audit trail's
 * event-type labels, the case timeline's one-line summaries, and the labels errors use to name a
 * field (`extensions.details.field`).
 */
export const VISITS_EVENT_TYPE_LABEL_KEYS: { readonly [K in VisitsEventType]: MessageKey } = {
  VisitRecorded: 'visits.event.VisitRecorded',
  VisitAmended: 'visits.event.VisitAmended',
  VisitVoided: 'visits.event.VisitVoided',
  ActivityHeld: 'visits.event.ActivityHeld',
  AttendanceCorrected: 'visits.event.AttendanceCorrected',
};

const count = (data: EventData, key: string): number => (Array.isArray(data[key]) ? (data[key] as unknown[]).length : 0);

// Field names of an amendment, in the user's language (the change itself is on the record).
const AMENDED_FIELD_KEYS: Readonly<Record<string, MessageKey>> = {
  visitType: 'visits.field.visitType',
  visitedOn: 'visits.field.visitedOn',
  township: 'visits.field.township',
  visitors: 'visits.field.visitors',
  caseIds: 'visits.field.cases',
  personsReached: 'visits.field.personsReached',
  needsFound: 'visits.field.needsFound',
  followUp: 'visits.field.followUp',
  cashAidFen: 'visits.field.cashYuan',
  fundId: 'visits.field.fund',
  goods: 'visits.field.goods',
};

export const VISITS_TIMELINE_SUMMARIZERS: { readonly [K in VisitsEventType]: Summarizer } = {
  VisitRecorded: (data, { t, label }) => {
    const cash = typeof data['cashAidFen'] === 'number' && data['cashAidFen'] > 0 ? t('visits.timeline.cash', { amount: fenToYuan(data['cashAidFen']) }) : '';
    return t('visits.timeline.VisitRecorded', {
      type: label(VISIT_TYPE_LABELS, text(data, 'visitType')),
      date: text(data, 'visitedOn'),
      persons: count(data, 'personsReached'),
      cash,
    });
  },
  VisitAmended: (data, { t }) => {
    const changes = typeof data['changes'] === 'object' && data['changes'] !== null ? Object.keys(data['changes']) : [];
    return t('visits.timeline.VisitAmended', { fields: changes.map((f) => (AMENDED_FIELD_KEYS[f] ? t(AMENDED_FIELD_KEYS[f]) : f)).join('、') });
  },
  VisitVoided: (data, { t }) => t('visits.timeline.VisitVoided', { reason: text(data, 'reason') }),
  ActivityHeld: (data, { t, label }) =>
    t('visits.timeline.ActivityHeld', {
      topic: text(data, 'topic'),
      venue: `${text(data, 'venueName')}·${label(VENUE_KIND_LABELS, text(data, 'venueKind'))}`,
      date: text(data, 'heldOn'),
    }),
  AttendanceCorrected: (data, { t }) => t('visits.timeline.AttendanceCorrected', { added: count(data, 'added'), removed: count(data, 'removed') }),
};

export const VISITS_FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  ...AMENDED_FIELD_KEYS,
  'followUp.dueOn': 'visits.field.followUpDueOn',
  'followUp.action': 'visits.field.followUp',
  venueKind: 'visits.field.venueKind',
  venueName: 'visits.field.venueName',
  heldOn: 'visits.field.heldOn',
  topic: 'visits.field.topic',
  attendees: 'visits.field.attendees',
  add: 'visits.attendance.add',
  remove: 'visits.attendance.remove',
};
