import type {
  CareCaseEvent,
  CaseExited,
  CaseOpened,
  CaseReopened,
  MemberDetailsCorrected,
} from './care-case.events';
import type { CareCaseState, CaseFile, CaseMember } from './care-case.state';

type CaseFileEvent = Exclude<CareCaseEvent, CaseOpened | CaseExited | CaseReopened>;

/**
 * Folds one event into the state. Total by design: it replays whatever history is stored,
 * including events whose PII was erased (`idNumber`/`phone` null) and, defensively, events that
 * arrive in an unexpected status, which leave the state unchanged instead of throwing.
 */
export function evolveCareCase(state: CareCaseState, event: CareCaseEvent): CareCaseState {
  switch (event.type) {
    case 'CaseOpened':
      return { status: 'active', file: openFile(event.data), activeSince: event.data.openedOn };
    case 'CaseExited': {
      if (state.status !== 'active') return state;
      const { exitReason, exitedOn } = event.data;
      return { status: 'exited', file: state.file, exitReason, exitedOn };
    }
    case 'CaseReopened':
      if (state.status !== 'exited') return state;
      return { status: 'active', file: state.file, activeSince: event.data.reopenedOn };
    case 'MemberRegistered':
    case 'MemberDetailsCorrected':
    case 'MemberDied':
    case 'CategoryChanged':
    case 'ContactAssigned':
    case 'CaseNoteAdded':
      return state.status === 'initial' ? state : { ...state, file: evolveFile(state.file, event) };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

function openFile({ category, openedOn }: CaseOpened['data']): CaseFile {
  return { category, openedOn, members: new Map(), contacts: {}, noteIds: new Set() };
}

function evolveFile(file: CaseFile, event: CaseFileEvent): CaseFile {
  switch (event.type) {
    case 'MemberRegistered': {
      // The plain ID number is dropped here: duplicates are found by hash.
      const { caseId: _caseId, idNumber: _idNumber, ...details } = event.data;
      const member: CaseMember = { ...details, diedOn: null };
      return { ...file, members: new Map(file.members).set(member.personId, member) };
    }
    case 'MemberDetailsCorrected':
      return updateMember(file, event.data.personId, (member) => applyChanges(member, event.data.changes));
    case 'MemberDied':
      return updateMember(file, event.data.personId, (member) => ({ ...member, diedOn: event.data.diedOn }));
    case 'CategoryChanged':
      return { ...file, category: event.data.to };
    case 'ContactAssigned': {
      const { role, name, phone } = event.data;
      return { ...file, contacts: { ...file.contacts, [role]: { name, phone } } };
    }
    case 'CaseNoteAdded':
      return { ...file, noteIds: new Set(file.noteIds).add(event.data.noteId) };
    default: {
      const _exhaustive: never = event;
      return file;
    }
  }
}

function updateMember(
  file: CaseFile,
  personId: string,
  update: (member: CaseMember) => CaseMember,
): CaseFile {
  const member = file.members.get(personId);
  return member ? { ...file, members: new Map(file.members).set(personId, update(member)) } : file;
}

// `undefined` = not corrected; `null` phone = removed or erased. The plain idNumber is ignored.
function applyChanges(member: CaseMember, changes: MemberDetailsCorrected['data']['changes']): CaseMember {
  return {
    ...member,
    name: changes.name ?? member.name,
    idNumberHash: changes.idNumberHash ?? member.idNumberHash,
    idNumberTail: changes.idNumberTail ?? member.idNumberTail,
    relation: changes.relation ?? member.relation,
    sex: changes.sex ?? member.sex,
    birthDate: changes.birthDate ?? member.birthDate,
    phone: changes.phone === undefined ? member.phone : changes.phone,
  };
}
