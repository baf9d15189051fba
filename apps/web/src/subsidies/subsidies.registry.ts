import {
  COUNTY_DECISION_LABELS,
  TOWNSHIP_DECISION_LABELS,
  type NursingSubsidyEventType,
} from '@careledger/domain-nursing-subsidy';
// Types only from the timeline: it imports this file, so a value import would be a cycle in which
// one side sees the other's exports still undefined (and silently summarizes nothing).
import type { EventData, SummaryContext, Summarizer } from '../case-timeline/timeline-summary';
import type { MessageKey } from '../i18n/i18n';
import { fenToYuan } from '../money/yuan-fen';

function text(data: EventData, key: string): string {
  const value = data[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function record(data: EventData, key: string): EventData {
  const value = data[key];
  return typeof value === 'object' && value !== null ? (value as EventData) : {};
}

/**
 * What the shared screens need to know about this domain's events and fields: the audit trail's
 * event-type labels, the case timeline's one-line summaries, and the labels errors use to name a
 * field (`extensions.details.field`). Keyed by the domain's event-type union so a new event type
 * is a compile error until it has a label and a summary.
 */
export const SUBSIDIES_EVENT_TYPE_LABEL_KEYS: { readonly [K in NursingSubsidyEventType]: MessageKey } = {
  SubsidyApplied: 'subsidies.eventType.SubsidyApplied',
  DocumentsSupplemented: 'subsidies.eventType.DocumentsSupplemented',
  TownshipReviewed: 'subsidies.eventType.TownshipReviewed',
  CountyReviewed: 'subsidies.eventType.CountyReviewed',
  NoticePosted: 'subsidies.eventType.NoticePosted',
  NoticeClosed: 'subsidies.eventType.NoticeClosed',
  RefusedAfterNotice: 'subsidies.eventType.RefusedAfterNotice',
  SubmittedToSunshine: 'subsidies.eventType.SubmittedToSunshine',
  PaymentIssued: 'subsidies.eventType.PaymentIssued',
  PaymentConfirmed: 'subsidies.eventType.PaymentConfirmed',
  PaymentFailed: 'subsidies.eventType.PaymentFailed',
  PaymentReissued: 'subsidies.eventType.PaymentReissued',
  ReimbursementSettled: 'subsidies.eventType.ReimbursementSettled',
  ApplicationWithdrawn: 'subsidies.eventType.ApplicationWithdrawn',
};

/** ', 意见：…' when the reviewer wrote one; nothing for an approval without remarks. */
function opinion(data: EventData, { t }: SummaryContext): string {
  const value = text(data, 'opinion');
  return value ? t('subsidies.timeline.opinion', { opinion: value }) : '';
}

/** The computed amount in yuan; a malformed payload shows nothing rather than a wrong number. */
function amountOf(data: EventData): string {
  const fen = data['amountFen'];
  return typeof fen === 'number' && Number.isSafeInteger(fen) ? fenToYuan(fen) : '';
}

export const SUBSIDIES_TIMELINE_SUMMARIZERS: { readonly [K in NursingSubsidyEventType]: Summarizer } = {
  SubsidyApplied: (data, context) =>
    context.t('subsidies.timeline.SubsidyApplied', {
      name: context.memberName(text(data, 'personId')) ?? context.t('timeline.someMember'),
      hospital: text(data, 'hospitalName'),
      admittedOn: text(data, 'admittedOn'),
      dischargedOn: text(data, 'dischargedOn'),
      amount: amountOf(record(data, 'computation')),
    }),
  DocumentsSupplemented: (data, { t }) => t('subsidies.timeline.DocumentsSupplemented', { note: text(data, 'note') }),
  TownshipReviewed: (data, context) =>
    context.t('subsidies.timeline.TownshipReviewed', {
      decision: context.label(TOWNSHIP_DECISION_LABELS, text(data, 'decision')),
      opinion: opinion(data, context),
    }),
  CountyReviewed: (data, context) =>
    context.t('subsidies.timeline.CountyReviewed', {
      decision: context.label(COUNTY_DECISION_LABELS, text(data, 'decision')),
      opinion: opinion(data, context),
    }),
  NoticePosted: (data, { t }) =>
    t('subsidies.timeline.NoticePosted', { postedOn: text(data, 'postedOn'), closesOn: text(data, 'closesOn') }),
  NoticeClosed: (data, { t }) => {
    const raised = text(data, 'objections');
    return t('subsidies.timeline.NoticeClosed', {
      closedOn: text(data, 'closedOn'),
      objections: raised ? t('subsidies.step.objections', { objections: raised }) : t('subsidies.step.noObjections'),
    });
  },
  RefusedAfterNotice: (data, { t }) =>
    t('subsidies.timeline.RefusedAfterNotice', { reason: text(data, 'reason'), date: text(data, 'refusedOn') }),
  SubmittedToSunshine: (data, { t }) =>
    t('subsidies.timeline.SubmittedToSunshine', { ref: text(data, 'externalRef'), date: text(data, 'submittedOn') }),
  PaymentIssued: (data, { t }) =>
    t('subsidies.timeline.PaymentIssued', {
      amount: amountOf(data),
      batchId: text(data, 'batchId'),
      period: text(data, 'period'),
      date: text(data, 'issuedOn'),
    }),
  PaymentConfirmed: (data, { t }) => t('subsidies.timeline.PaymentConfirmed', { date: text(data, 'paidOn') }),
  PaymentFailed: (data, { t }) =>
    t('subsidies.timeline.PaymentFailed', { reason: text(data, 'reason'), date: text(data, 'failedOn') }),
  PaymentReissued: (data, { t }) =>
    t('subsidies.timeline.PaymentReissued', {
      batchId: text(data, 'batchId'),
      period: text(data, 'period'),
      date: text(data, 'issuedOn'),
    }),
  ReimbursementSettled: (data, { t }) =>
    t('subsidies.timeline.ReimbursementSettled', { voucherNo: text(data, 'voucherNo'), date: text(data, 'settledOn') }),
  ApplicationWithdrawn: (data, { t }) => t('subsidies.timeline.ApplicationWithdrawn', { reason: text(data, 'reason') }),
};

/** Every input field of the subsidy commands (`reason` is the app's shared label). */
export const SUBSIDIES_FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  applicationId: 'subsidies.field.applicationId',
  caseId: 'subsidies.field.caseId',
  personId: 'subsidies.field.personId',
  hospitalName: 'subsidies.field.hospitalName',
  hospitalGrade: 'subsidies.field.hospitalGrade',
  diagnosisCategory: 'subsidies.field.diagnosisCategory',
  admittedOn: 'subsidies.field.admittedOn',
  dischargedOn: 'subsidies.field.dischargedOn',
  decision: 'subsidies.field.decision',
  opinion: 'subsidies.field.opinion',
  note: 'subsidies.field.note',
  postedOn: 'subsidies.field.postedOn',
  closedOn: 'subsidies.field.closedOn',
  objections: 'subsidies.field.objections',
  refusedOn: 'subsidies.field.refusedOn',
  externalRef: 'subsidies.field.externalRef',
  submittedOn: 'subsidies.field.submittedOn',
  batchId: 'subsidies.field.batchId',
  period: 'subsidies.field.period',
  amountFen: 'subsidies.field.amountFen',
  issuedOn: 'subsidies.field.issuedOn',
  paidOn: 'subsidies.field.paidOn',
  failedOn: 'subsidies.field.failedOn',
  settledOn: 'subsidies.field.settledOn',
  voucherNo: 'subsidies.field.voucherNo',
};
