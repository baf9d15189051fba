import type { ActivityEventType } from '../activity/activity.events';
import type { VisitEventType } from '../visit/visit.events';

import type { PersonalDataRule } from '@careledger/domain-kernel';

/**
 * Personal data in visit and activity events: none, by design, so nothing here is encrypted.
 * People appear only as case and person ids (their names and ID numbers live, encrypted where
 * needed, in the case stream); visitors are cadres acting in their work role. The free text
 * (needs found, follow-up action, reasons) has no single subject whose key could encrypt it, so
 * the UI asks for needs, not medical details, as it does for case notes. Exported, empty, so
 * the event store's crypto-shredding is configured for every stream type explicitly.
 */
export const visitPersonalData: Readonly<Partial<Record<VisitEventType, PersonalDataRule>>> = {};

export const activityPersonalData: Readonly<Partial<Record<ActivityEventType, PersonalDataRule>>> = {};
