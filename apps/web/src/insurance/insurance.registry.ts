import {
  CLAIM_DOCUMENT_KIND_LABELS,
  CLAIM_EVENT_TYPE_LABELS,
  REMOVAL_REASON_LABELS,
  type ClaimStreamEventType,
  type PolicyEventType,
} from '@careledger/domain-insurance';
// Types only from the timeline: it imports this file, so a value import would be a cycle.
import type { EventData, SummaryContext, Summarizer } from '../case-timeline/timeline-summary';
import type { MessageKey } from '../i18n/i18n';
import { fenToYuan } from '../money/yuan-fen';

type InsuranceEventType = PolicyEventType | ClaimStreamEventType;

function text(data: EventData, key: string): string {
  const value = data[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** An amount in yuan; a malformed payload shows nothing rather than a wrong number. */
function yuan(data: EventData, key: string): string {
  const value = data[key];
  return typeof value === 'number' && Number.isSafeInteger(value) ? fenToYuan(value) : '';
}

const person = (data: EventData, context: SummaryContext) =>
  context.memberName(text(data, 'personId')) ?? context.t('timeline.someMember');

/**
 * What the shared screens need to know about this domain's events and fields: the audit trail's
 * event-type labels, the case timeline's one-line summaries, and the labels errors use to name a
 * field (`extensions.details.field`).
 */
export const INSURANCE_EVENT_TYPE_LABEL_KEYS: { readonly [K in InsuranceEventType]: MessageKey } = {
  PolicyPurchased: 'insurance.eventType.PolicyPurchased',
  MemberEnrolled: 'insurance.eventType.MemberEnrolled',
  MemberRemoved: 'insurance.eventType.MemberRemoved',
  ClaimReported: 'insurance.eventType.ClaimReported',
  ClaimDocumentsSubmitted: 'insurance.eventType.ClaimDocumentsSubmitted',
  ClaimSentToInsurer: 'insurance.eventType.ClaimSentToInsurer',
  ClaimSettled: 'insurance.eventType.ClaimSettled',
  ClaimRejected: 'insurance.eventType.ClaimRejected',
  ClaimWithdrawn: 'insurance.eventType.ClaimWithdrawn',
};

// The description of a claim is health data: no summary shows it (the timeline holds it masked).
export const INSURANCE_TIMELINE_SUMMARIZERS: { readonly [K in InsuranceEventType]: Summarizer } = {
  PolicyPurchased: (data, { t }) =>
    t('insurance.timeline.PolicyPurchased', { year: text(data, 'year'), insurer: text(data, 'insurer'), premium: yuan(data, 'premiumPerPersonFen') }),
  MemberEnrolled: (data, context) =>
    context.t('insurance.timeline.MemberEnrolled', { name: person(data, context), year: text(data, 'year'), from: text(data, 'coverageFrom') }),
  MemberRemoved: (data, context) =>
    context.t('insurance.timeline.MemberRemoved', {
      name: person(data, context),
      year: text(data, 'year'),
      reason: context.label(REMOVAL_REASON_LABELS, text(data, 'reason')),
      to: text(data, 'removedOn'),
    }),
  ClaimReported: (data, context) =>
    context.t('insurance.timeline.ClaimReported', {
      name: person(data, context),
      eventType: context.label(CLAIM_EVENT_TYPE_LABELS, text(data, 'eventType')),
      date: text(data, 'eventOn'),
    }),
  ClaimDocumentsSubmitted: (data, { t, label }) => {
    const documents = Array.isArray(data['documents']) ? (data['documents'] as unknown[]) : [];
    const names = documents.map((kind) => label(CLAIM_DOCUMENT_KIND_LABELS, String(kind)));
    return t('insurance.timeline.ClaimDocumentsSubmitted', { documents: names.join(t('common.listSeparator')) });
  },
  ClaimSentToInsurer: (data, { t }) => t('insurance.timeline.ClaimSentToInsurer', { ref: text(data, 'insurerRef') }),
  ClaimSettled: (data, { t }) => t('insurance.timeline.ClaimSettled', { amount: yuan(data, 'amountFen') }),
  ClaimRejected: (data, { t }) => t('insurance.timeline.ClaimRejected', { reason: text(data, 'reason') }),
  ClaimWithdrawn: (data, { t }) => t('insurance.timeline.ClaimWithdrawn', { reason: text(data, 'reason') }),
};

// Form fields carry the API's input names (premiumPerPersonFen, amountFen) though typed in yuan,
// so a server refusal lands on the input the user typed.
export const INSURANCE_FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  year: 'insurance.field.year',
  policyYear: 'insurance.field.policy',
  insurer: 'insurance.field.insurer',
  product: 'insurance.field.product',
  premiumPerPersonFen: 'insurance.field.premiumPerPerson',
  coverageFrom: 'insurance.field.coverageFrom',
  coverageTo: 'insurance.field.coverageTo',
  purchasedOn: 'insurance.field.purchasedOn',
  targetEnrolment: 'insurance.field.targetEnrolment',
  caseId: 'insurance.field.case',
  personId: 'insurance.field.person',
  enrolledOn: 'insurance.field.enrolledOn',
  removedOn: 'insurance.field.removedOn',
  note: 'insurance.field.note',
  eventType: 'insurance.field.eventType',
  eventOn: 'insurance.field.eventOn',
  reportedOn: 'insurance.field.reportedOn',
  description: 'insurance.field.description',
  documents: 'insurance.field.documents',
  submittedOn: 'insurance.field.submittedOn',
  sentOn: 'insurance.field.sentOn',
  insurerRef: 'insurance.field.insurerRef',
  amountFen: 'insurance.field.amount',
  settledOn: 'insurance.field.settledOn',
  rejectedOn: 'insurance.field.rejectedOn',
};
