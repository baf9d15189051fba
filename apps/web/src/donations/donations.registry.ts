import type { Summarizer } from '../case-timeline/timeline-summary';
import type { MessageKey } from '../i18n/i18n';

/** Audit-trail labels, timeline summaries and error field labels of the donation events and inputs. */
export const DONATIONS_EVENT_TYPE_LABEL_KEYS: Readonly<Record<string, MessageKey>> = {};

export const DONATIONS_TIMELINE_SUMMARIZERS: Readonly<Record<string, Summarizer>> = {};

export const DONATIONS_FIELD_LABELS: Readonly<Record<string, MessageKey>> = {};
