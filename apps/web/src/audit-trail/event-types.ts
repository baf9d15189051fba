import type { CareCaseEventType } from '@careledger/domain-care-case';
import type { MessageKey, MessageParams } from '../i18n/i18n';
import { DONATIONS_EVENT_TYPE_LABEL_KEYS } from '../donations/donations.registry';
import { FUNDS_EVENT_TYPE_LABEL_KEYS } from '../funds/funds.registry';
import { INSURANCE_EVENT_TYPE_LABEL_KEYS } from '../insurance/insurance.registry';
import { SUBSIDIES_EVENT_TYPE_LABEL_KEYS } from '../subsidies/subsidies.registry';
import { VISITS_EVENT_TYPE_LABEL_KEYS } from '../visits/visits.registry';

// Keyed by the domain's union, so a new event type is a compile error here until it has a label.
const CARE_CASE_EVENT_TYPE_LABEL_KEYS: { readonly [K in CareCaseEventType]: MessageKey } = {
  CaseOpened: 'eventType.CaseOpened',
  MemberRegistered: 'eventType.MemberRegistered',
  MemberDetailsCorrected: 'eventType.MemberDetailsCorrected',
  MemberDied: 'eventType.MemberDied',
  CategoryChanged: 'eventType.CategoryChanged',
  ContactAssigned: 'eventType.ContactAssigned',
  CaseNoteAdded: 'eventType.CaseNoteAdded',
  CaseExited: 'eventType.CaseExited',
  CaseReopened: 'eventType.CaseReopened',
};

/** Every domain's labels: the care case's here, the others from their own folders. */
const EVENT_TYPE_LABEL_KEYS: Readonly<Record<string, MessageKey>> = {
  ...CARE_CASE_EVENT_TYPE_LABEL_KEYS,
  ...VISITS_EVENT_TYPE_LABEL_KEYS,
  ...SUBSIDIES_EVENT_TYPE_LABEL_KEYS,
  ...INSURANCE_EVENT_TYPE_LABEL_KEYS,
  ...FUNDS_EVENT_TYPE_LABEL_KEYS,
  ...DONATIONS_EVENT_TYPE_LABEL_KEYS,
};

/** The event types this client knows, in the order of a case's life then by domain, for the audit filter. */
export const KNOWN_EVENT_TYPES = Object.keys(EVENT_TYPE_LABEL_KEYS) as readonly string[];

/** An event type's label in the UI language; a type this client does not know shows as sent. */
export function eventTypeLabel(type: string, t: (key: MessageKey, params?: MessageParams) => string): string {
  const key = (EVENT_TYPE_LABEL_KEYS as Readonly<Record<string, MessageKey | undefined>>)[type];
  return key ? t(key) : type;
}
