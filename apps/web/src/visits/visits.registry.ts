import type { Summarizer } from '../case-timeline/timeline-summary';
import type { MessageKey } from '../i18n/i18n';

/**
 * What the shared screens need to know about this domain's events and fields: the audit trail's
 * event-type labels, the case timeline's one-line summaries, and the labels errors use to name a
 * field (`extensions.details.field`). Key them by the domain's event-type unions so a new event
 * type is a compile error until it has a label and a summary.
 */
export const VISITS_EVENT_TYPE_LABEL_KEYS: Readonly<Record<string, MessageKey>> = {};

export const VISITS_TIMELINE_SUMMARIZERS: Readonly<Record<string, Summarizer>> = {};

export const VISITS_FIELD_LABELS: Readonly<Record<string, MessageKey>> = {};
