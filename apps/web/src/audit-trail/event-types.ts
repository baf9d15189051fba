import type { CareCaseEventType } from '@careledger/domain-care-case';
import type { MessageKey, MessageParams } from '../i18n/i18n';

// Keyed by the domain's union, so a new event type is a compile error here until it has a label.
const EVENT_TYPE_LABEL_KEYS: { readonly [K in CareCaseEventType]: MessageKey } = {
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

/** The event types this client knows, in the order of a case's life, for the audit filter. */
export const KNOWN_EVENT_TYPES = Object.keys(EVENT_TYPE_LABEL_KEYS) as readonly CareCaseEventType[];

/** An event type's label in the UI language; a type this client does not know shows as sent. */
export function eventTypeLabel(type: string, t: (key: MessageKey, params?: MessageParams) => string): string {
  const key = (EVENT_TYPE_LABEL_KEYS as Readonly<Record<string, MessageKey | undefined>>)[type];
  return key ? t(key) : type;
}
