import {
  assertCivilDate,
  compareCivilDates,
  optionalPhone,
  requireOneOf,
  requireReason,
  requireText,
  validationFailed,
} from '@careledger/domain-kernel';
import type {
  AddCaseNote,
  AssignContact,
  ChangeCategory,
  ExitCase,
  OpenCase,
  ReopenCase,
} from './care-case.commands';
import { caseAlreadyExists, caseExited, caseNotExited } from './care-case.errors';
import type {
  CaseExited,
  CaseNoteAdded,
  CaseOpened,
  CaseReopened,
  CategoryChanged,
  ContactAssigned,
} from './care-case.events';
import type { ActiveCareCase, CareCaseState, OpenedCareCase } from './care-case.state';
import { CASE_CATEGORIES, CONTACT_ROLES, EXIT_REASONS } from './care-case.vocabulary';

// Decisions about the case file as a whole. The decider has already checked that the case exists
// (and is active, where required; exit and reopen check their own status). Each decision then
// checks the command's own fields, then the rules against the state. `[]` = already satisfied.

export function openCase(data: OpenCase['data'], state: CareCaseState): CaseOpened[] {
  if (state.status !== 'initial') throw caseAlreadyExists(data.caseId);
  return [
    {
      type: 'CaseOpened',
      data: {
        caseId: data.caseId,
        category: requireOneOf('category', data.category, CASE_CATEGORIES),
        township: requireText('township', data.township, { max: 50 }),
        village: requireText('village', data.village, { max: 50 }),
        address: requireText('address', data.address, { max: 200 }),
        openedOn: assertCivilDate('openedOn', data.openedOn),
      },
    },
  ];
}

export function changeCategory(data: ChangeCategory['data'], { file }: ActiveCareCase): CategoryChanged[] {
  const category = requireOneOf('category', data.category, CASE_CATEGORIES);
  requireReason(data.reason);
  if (category === file.category) return [];
  return [{ type: 'CategoryChanged', data: { caseId: data.caseId, from: file.category, to: category } }];
}

export function assignContact(data: AssignContact['data'], { file }: ActiveCareCase): ContactAssigned[] {
  const role = requireOneOf('role', data.role, CONTACT_ROLES);
  const name = requireText('name', data.name, { max: 50 });
  const phone = optionalPhone('phone', data.phone);
  const current = file.contacts[role];
  if (current?.name === name && current.phone === phone) return [];
  return [{ type: 'ContactAssigned', data: { caseId: data.caseId, role, name, phone } }];
}

/** Allowed on an exited case too: follow-up notes about a family that left still belong in its file. */
export function addCaseNote(data: AddCaseNote['data'], state: OpenedCareCase): CaseNoteAdded[] {
  const text = requireText('text', data.text, { max: 2000 });
  if (state.file.noteIds.has(data.noteId)) return [];
  return [{ type: 'CaseNoteAdded', data: { caseId: data.caseId, noteId: data.noteId, text } }];
}

/** `reason` is optional free text for the audit trail; the structured `exitReason` is what counts. */
export function exitCase(data: ExitCase['data'], state: OpenedCareCase): CaseExited[] {
  if (state.status === 'exited') throw caseExited(data.caseId);
  const exitReason = requireOneOf('exitReason', data.exitReason, EXIT_REASONS);
  const exitedOn = assertCivilDate('exitedOn', data.exitedOn);
  if (compareCivilDates(exitedOn, state.activeSince) < 0) {
    throw validationFailed('exitedOn', 'exitedOn cannot be before the case was opened or reopened', {
      min: state.activeSince,
    });
  }
  return [{ type: 'CaseExited', data: { caseId: data.caseId, exitReason, exitedOn } }];
}

export function reopenCase(data: ReopenCase['data'], state: OpenedCareCase): CaseReopened[] {
  if (state.status !== 'exited') throw caseNotExited(data.caseId);
  requireReason(data.reason);
  const reopenedOn = assertCivilDate('reopenedOn', data.reopenedOn);
  if (compareCivilDates(reopenedOn, state.exitedOn) < 0) {
    throw validationFailed('reopenedOn', 'reopenedOn cannot be before the case exited', {
      min: state.exitedOn,
    });
  }
  return [{ type: 'CaseReopened', data: { caseId: data.caseId, reopenedOn } }];
}
