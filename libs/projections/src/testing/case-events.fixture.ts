import type { CareCaseEvent } from '@careledger/domain-care-case';
import type { EventMetadata, NewEvent } from '@careledger/event-store';
import { randomUUID } from 'node:crypto';

export const metadata = (over: Partial<EventMetadata> = {}): EventMetadata => ({
  actorId: 'caseworker-cy',
  actorRole: 'caseworker',
  actorTownship: 'CY',
  commandId: randomUUID(),
  correlationId: 'corr-1',
  causationId: 'cause-1',
  businessDate: '2023-03-15',
  reason: null,
  ...over,
});

let clock = Date.UTC(2023, 2, 15, 1, 0, 0);

/** A new event as the application would append it (fixed, increasing recorded-at instants). */
export function newEvent(event: CareCaseEvent | { type: string; data: Record<string, unknown> }, over: Partial<EventMetadata> = {}): NewEvent {
  clock += 60_000;
  return {
    id: randomUUID(),
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: metadata(over),
    recordedAt: new Date(clock).toISOString(),
  };
}

export const opened = (caseId: string, over: Partial<Extract<CareCaseEvent, { type: 'CaseOpened' }>['data']> = {}): CareCaseEvent => ({
  type: 'CaseOpened',
  data: { caseId, category: 'BEREAVED', township: 'CY', village: '城南社区', address: '3组12号', openedOn: '2023-03-15', ...over },
});

export const registered = (caseId: string, personId: string, name: string, idNumber: string | null = '43122319580412031X'): CareCaseEvent => ({
  type: 'MemberRegistered',
  data: {
    caseId,
    personId,
    name,
    idNumber,
    idNumberHash: `hash-${personId}`,
    idNumberTail: '031X',
    relation: 'HEAD',
    sex: 'MALE',
    birthDate: '1958-04-12',
    phone: '13807451234',
  },
});

export const noted = (caseId: string, text: string): CareCaseEvent => ({
  type: 'CaseNoteAdded',
  data: { caseId, noteId: randomUUID(), text },
});
