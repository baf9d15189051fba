import { EXPENDITURE_CATEGORY_LABELS, type FundEventType, type TargetEventType } from '@careledger/domain-fund';
import { text, type Summarizer } from '../case-timeline/timeline-summary';
import type { MessageKey } from '../i18n/i18n';
import { fenToYuan } from '../money/yuan-fen';

type FundsEventType = FundEventType | TargetEventType;

const amount = (data: Readonly<Record<string, unknown>>, key: string): string => {
  const value = data[key];
  return typeof value === 'number' ? fenToYuan(value) : '';
};

/**
 * What the shared screens need to know about this domain's events and fields: the audit trail's
 * event-type labels, the case timeline's one-line summaries, and the labels errors use to name a
 * field (`extensions.details.field`).
 */
export const FUNDS_EVENT_TYPE_LABEL_KEYS: { readonly [K in FundsEventType]: MessageKey } = {
  BudgetAllocated: 'funds.event.BudgetAllocated',
  FundsReceived: 'funds.event.FundsReceived',
  ExpenditureRecorded: 'funds.event.ExpenditureRecorded',
  ExpenditureReversed: 'funds.event.ExpenditureReversed',
  AllocationAdjusted: 'funds.event.AllocationAdjusted',
  TargetSet: 'funds.event.TargetSet',
  TargetRevised: 'funds.event.TargetRevised',
  TargetWithdrawn: 'funds.event.TargetWithdrawn',
  TargetDeviationExplained: 'funds.event.TargetDeviationExplained',
};

export const FUNDS_TIMELINE_SUMMARIZERS: { readonly [K in FundsEventType]: Summarizer } = {
  BudgetAllocated: (data, { t }) => t('funds.timeline.BudgetAllocated', { name: text(data, 'name'), amount: amount(data, 'amountFen') }),
  FundsReceived: (data, { t }) => t('funds.timeline.FundsReceived', { amount: amount(data, 'amountFen'), source: text(data, 'source') }),
  ExpenditureRecorded: (data, { t, label }) =>
    t('funds.timeline.ExpenditureRecorded', {
      fundId: text(data, 'fundId'),
      amount: amount(data, 'amountFen'),
      description: text(data, 'description'),
      category: label(EXPENDITURE_CATEGORY_LABELS, text(data, 'category')),
    }),
  ExpenditureReversed: (data, { t }) => t('funds.timeline.ExpenditureReversed', { fundId: text(data, 'fundId') }),
  AllocationAdjusted: (data, { t }) => t('funds.timeline.AllocationAdjusted', { fundId: text(data, 'fundId'), amount: amount(data, 'deltaFen') }),
  TargetSet: (data, { t }) => t('funds.timeline.TargetSet', { name: text(data, 'name') }),
  TargetRevised: (data, { t }) => t('funds.timeline.TargetRevised', { indicatorId: text(data, 'indicatorId') }),
  TargetWithdrawn: (data, { t }) => t('funds.timeline.TargetWithdrawn', { indicatorId: text(data, 'indicatorId') }),
  TargetDeviationExplained: (data, { t }) => t('funds.timeline.TargetDeviationExplained', { indicatorId: text(data, 'indicatorId') }),
};

export const FUNDS_FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  code: 'funds.field.code',
  purpose: 'funds.field.purpose',
  amountFen: 'funds.field.amount',
  allocatedOn: 'funds.field.allocatedOn',
  receivedOn: 'funds.field.receivedOn',
  source: 'funds.field.source',
  spentOn: 'funds.field.spentOn',
  description: 'funds.field.description',
  linkedStreamId: 'funds.field.linkedStreamId',
  deltaFen: 'funds.field.delta',
  adjustedOn: 'funds.field.adjustedOn',
  expenditureId: 'funds.field.expenditure',
  indicatorId: 'funds.field.indicatorId',
  direction: 'funds.field.direction',
  value: 'funds.field.value',
  unit: 'funds.field.unit',
  weight: 'funds.field.weight',
  sourceQuery: 'funds.field.sourceQuery',
  dateFrom: 'funds.field.dateFrom',
  dateTo: 'funds.field.dateTo',
};
