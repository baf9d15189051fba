import type { CaseCategory, ContactRole, ExitReason, MemberRelation, Sex } from './care-case.vocabulary';
import { caseExited, caseNotFound } from './care-case.errors';

/**
 * What the decider needs to know about a member. Deliberately no plain ID number: duplicates
 * are found by keyed hash, so state (and any snapshot of it) never holds one.
 */
export type CaseMember = {
  readonly personId: string;
  readonly name: string;
  readonly idNumberHash: string;
  readonly idNumberTail: string;
  readonly relation: MemberRelation;
  readonly sex: Sex;
  /** Always equal to the birth date encoded in the member's ID number. */
  readonly birthDate: string;
  /** `null` when not given or erased. Kept to tell a real change from a no-op correction. */
  readonly phone: string | null;
  readonly diedOn: string | null;
};

export type CaseContact = { readonly name: string; readonly phone: string | null };

/** The parts of the case that survive exit and reopening. */
export type CaseFile = {
  readonly category: CaseCategory;
  readonly openedOn: string;
  readonly members: ReadonlyMap<string, CaseMember>;
  readonly contacts: Readonly<Partial<Record<ContactRole, CaseContact>>>;
  readonly noteIds: ReadonlySet<string>;
};

export type InitialCareCase = { readonly status: 'initial' };
export type ActiveCareCase = {
  readonly status: 'active';
  readonly file: CaseFile;
  /** Opening or latest reopening date: an exit cannot predate it. */
  readonly activeSince: string;
};
export type ExitedCareCase = {
  readonly status: 'exited';
  readonly file: CaseFile;
  readonly exitReason: ExitReason;
  readonly exitedOn: string;
};

export type CareCaseState = InitialCareCase | ActiveCareCase | ExitedCareCase;
/** A case that exists, whatever its status. */
export type OpenedCareCase = ActiveCareCase | ExitedCareCase;

export const initialCareCaseState = (): CareCaseState => ({ status: 'initial' });

export function requireOpened(state: CareCaseState, caseId: string): OpenedCareCase {
  if (state.status === 'initial') throw caseNotFound(caseId);
  return state;
}

export function requireActive(state: CareCaseState, caseId: string): ActiveCareCase {
  const opened = requireOpened(state, caseId);
  if (opened.status === 'exited') throw caseExited(caseId);
  return opened;
}
