import { randomUUID } from 'node:crypto';
import type { CareCaseEvent } from '@careledger/domain-care-case';
import { buildResidentId } from '@careledger/domain-kernel';
import type { NewEvent } from '@careledger/event-store';

let clock = Date.UTC(2023, 5, 1, 1, 0, 0);

/** A care-case event as the application appends it: fresh ids, metadata, increasing instants. */
export function recorded(event: CareCaseEvent | { type: string; data: Record<string, unknown> }, reason: string | null = null): NewEvent {
  clock += 60_000;
  const commandId = randomUUID();
  return {
    id: randomUUID(),
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: {
      actorId: 'caseworker-xp',
      actorRole: 'caseworker',
      actorTownship: 'CX-XP',
      commandId,
      correlationId: commandId,
      causationId: commandId,
      businessDate: '2023-06-01',
      reason,
    },
    recordedAt: new Date(clock).toISOString(),
  };
}

/** One family's file: opened, two members (ID numbers and a phone: encrypted at rest), a contact, a note. */
export function familyEvents(caseId: string, n: number): NewEvent[] {
  const member = (suffix: string, name: string, sequence: number, phone: string | null): CareCaseEvent => {
    const idNumber = buildResidentId({ birthDate: '1962-03-04', sequence });
    return {
      type: 'MemberRegistered',
      data: {
        caseId,
        personId: `${caseId}-${suffix}`,
        name,
        idNumber,
        idNumberHash: `hmac-${caseId}-${suffix}`,
        idNumberTail: idNumber.slice(-4),
        relation: suffix === 'head' ? 'HEAD' : 'SPOUSE',
        sex: sequence % 2 === 1 ? 'MALE' : 'FEMALE',
        birthDate: '1962-03-04',
        phone,
      },
    };
  };
  return [
    recorded({ type: 'CaseOpened', data: { caseId, category: 'BEREAVED', township: 'CX-XP', village: '长田湾村', address: `长田湾村${n}组`, openedOn: '2023-06-01' } }),
    recorded(member('head', `张${n}`, 31 + 2 * n, `1380000${String(1000 + n)}`)),
    recorded(member('spouse', `李${n}`, 42 + 2 * n, null)),
    recorded({ type: 'ContactAssigned', data: { caseId, role: 'TOWNSHIP', name: '王芳', phone: '0745-1234567' } }),
    recorded({ type: 'CaseNoteAdded', data: { caseId, noteId: randomUUID(), text: `第${n}次走访` } }),
  ];
}
