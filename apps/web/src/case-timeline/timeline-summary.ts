import {
  CASE_CATEGORY_LABELS,
  CONTACT_ROLE_LABELS,
  EXIT_REASON_LABELS,
  MEMBER_RELATION_LABELS,
  type CareCaseEventType,
} from '@careledger/domain-care-case';
import type { LabelMap, MessageKey, MessageParams } from '../i18n/i18n';
import { DONATIONS_TIMELINE_SUMMARIZERS } from '../donations/donations.registry';
import { FUNDS_TIMELINE_SUMMARIZERS } from '../funds/funds.registry';
import { INSURANCE_TIMELINE_SUMMARIZERS } from '../insurance/insurance.registry';
import { SUBSIDIES_TIMELINE_SUMMARIZERS } from '../subsidies/subsidies.registry';
import { VISITS_TIMELINE_SUMMARIZERS } from '../visits/visits.registry';

export type SummaryContext = {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly label: <T extends string>(labels: LabelMap<T>, value: string) => string;
  /** The member's current (masked) name, for events that carry only a personId. */
  readonly memberName: (personId: string) => string | undefined;
};

export type EventData = Readonly<Record<string, unknown>>;

export function text(data: EventData, key: string): string {
  const value = data[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function record(data: EventData, key: string): EventData {
  const value = data[key];
  return typeof value === 'object' && value !== null ? (value as EventData) : {};
}

// Correctable member fields in the order a reader expects them; hashes and tails are bookkeeping.
const CORRECTABLE_FIELDS: ReadonlyArray<readonly [string, MessageKey]> = [
  ['name', 'field.name'],
  ['idNumber', 'field.idNumber'],
  ['relation', 'field.relation'],
  ['sex', 'field.sex'],
  ['birthDate', 'field.birthDate'],
  ['phone', 'field.phone'],
];

export type Summarizer = (data: EventData, context: SummaryContext) => string;

function personName(data: EventData, context: SummaryContext): string {
  return text(data, 'name') || context.memberName(text(data, 'personId')) || context.t('timeline.someMember');
}

// Keyed by the domain's event type union, so a new event type is a compile error here until summarized.
const CARE_CASE_SUMMARIZERS: { readonly [K in CareCaseEventType]: Summarizer } = {
  CaseOpened: (data, { t, label }) =>
    t('timeline.CaseOpened', {
      category: label(CASE_CATEGORY_LABELS, text(data, 'category')),
      village: text(data, 'village'),
      address: text(data, 'address'),
    }),
  MemberRegistered: (data, context) =>
    context.t('timeline.MemberRegistered', {
      name: personName(data, context),
      relation: context.label(MEMBER_RELATION_LABELS, text(data, 'relation')),
    }),
  MemberDetailsCorrected: (data, context) => {
    const changes = record(data, 'changes');
    const fields = CORRECTABLE_FIELDS.filter(([field]) => field in changes).map(([, key]) => context.t(key));
    return context.t('timeline.MemberDetailsCorrected', {
      name: personName(data, context),
      fields: fields.join(context.t('common.listSeparator')),
    });
  },
  MemberDied: (data, context) =>
    context.t('timeline.MemberDied', { name: personName(data, context), date: text(data, 'diedOn') }),
  CategoryChanged: (data, { t, label }) =>
    t('timeline.CategoryChanged', {
      from: label(CASE_CATEGORY_LABELS, text(data, 'from')),
      to: label(CASE_CATEGORY_LABELS, text(data, 'to')),
    }),
  ContactAssigned: (data, { t, label }) =>
    t('timeline.ContactAssigned', { role: label(CONTACT_ROLE_LABELS, text(data, 'role')), name: text(data, 'name') }),
  CaseNoteAdded: (data, { t }) => t('timeline.CaseNoteAdded', { text: text(data, 'text') }),
  CaseExited: (data, { t, label }) =>
    t('timeline.CaseExited', { reason: label(EXIT_REASON_LABELS, text(data, 'exitReason')), date: text(data, 'exitedOn') }),
  CaseReopened: (data, { t }) => t('timeline.CaseReopened', { date: text(data, 'reopenedOn') }),
};

/** Every domain's summaries: the care case's here, the others from their own folders. */
const SUMMARIZERS: Readonly<Record<string, Summarizer>> = {
  ...CARE_CASE_SUMMARIZERS,
  ...VISITS_TIMELINE_SUMMARIZERS,
  ...SUBSIDIES_TIMELINE_SUMMARIZERS,
  ...INSURANCE_TIMELINE_SUMMARIZERS,
  ...FUNDS_TIMELINE_SUMMARIZERS,
  ...DONATIONS_TIMELINE_SUMMARIZERS,
};

/**
 * One translated line saying WHAT happened, e.g. "登记成员 张*（配偶）". Event types this client does
 * not know (a newer server) show their type name rather than breaking the timeline.
 */
export function summarizeTimelineEntry(entry: { readonly type: string; readonly data: unknown }, context: SummaryContext): string {
  const summarize = (SUMMARIZERS as Readonly<Record<string, Summarizer | undefined>>)[entry.type];
  if (!summarize) return context.t('timeline.unknown', { type: entry.type });
  const data = typeof entry.data === 'object' && entry.data !== null ? (entry.data as EventData) : {};
  return summarize(data, context);
}
