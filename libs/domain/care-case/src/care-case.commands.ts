/**
 * Commands to a care-case stream. Imperative, readonly plain data; ids, hashes and dates are
 * chosen by the caller (the decider has no clock, no id generator and no keys). A free-text
 * `reason` is validated here but recorded by the application in the event metadata.
 */
import type { CaseCategory, ContactRole, ExitReason, MemberRelation } from './care-case.vocabulary';

export type OpenCase = {
  readonly type: 'OpenCase';
  readonly data: {
    readonly caseId: string;
    readonly category: CaseCategory;
    readonly township: string;
    readonly village: string;
    readonly address: string;
    readonly openedOn: string;
  };
};

export type RegisterMember = {
  readonly type: 'RegisterMember';
  readonly data: {
    readonly caseId: string;
    readonly personId: string;
    readonly name: string;
    readonly idNumber: string;
    /** Keyed hash (HMAC) of the normalised ID number, computed by the caller. */
    readonly idNumberHash: string;
    readonly relation: MemberRelation;
    readonly birthDate: string;
    readonly phone: string | null;
  };
};

export type MemberDetailsChanges = {
  readonly name?: string;
  /** Must come with `idNumberHash`. */
  readonly idNumber?: string;
  readonly idNumberHash?: string;
  readonly relation?: MemberRelation;
  readonly birthDate?: string;
  /** `null` removes the phone number. */
  readonly phone?: string | null;
};

export type CorrectMemberDetails = {
  readonly type: 'CorrectMemberDetails';
  readonly data: {
    readonly caseId: string;
    readonly personId: string;
    readonly changes: MemberDetailsChanges;
    readonly reason: string;
  };
};

export type RecordMemberDeath = {
  readonly type: 'RecordMemberDeath';
  readonly data: { readonly caseId: string; readonly personId: string; readonly diedOn: string };
};

export type ChangeCategory = {
  readonly type: 'ChangeCategory';
  readonly data: { readonly caseId: string; readonly category: CaseCategory; readonly reason: string };
};

export type AssignContact = {
  readonly type: 'AssignContact';
  readonly data: {
    readonly caseId: string;
    readonly role: ContactRole;
    readonly name: string;
    readonly phone: string | null;
  };
};

export type AddCaseNote = {
  readonly type: 'AddCaseNote';
  readonly data: { readonly caseId: string; readonly noteId: string; readonly text: string };
};

export type ExitCase = {
  readonly type: 'ExitCase';
  readonly data: {
    readonly caseId: string;
    readonly exitReason: ExitReason;
    readonly exitedOn: string;
    readonly reason?: string | null;
  };
};

export type ReopenCase = {
  readonly type: 'ReopenCase';
  readonly data: { readonly caseId: string; readonly reopenedOn: string; readonly reason: string };
};

export type CareCaseCommand =
  | OpenCase
  | RegisterMember
  | CorrectMemberDetails
  | RecordMemberDeath
  | ChangeCategory
  | AssignContact
  | AddCaseNote
  | ExitCase
  | ReopenCase;

export type CareCaseCommandType = CareCaseCommand['type'];
