/**
 * Events of a care-case stream (`case-<caseId>`). Past tense, readonly plain data.
 * Fields marked PII are encrypted at rest with the person's data key (see
 * `careCasePersonalData`); the decider and projections see them decrypted, or `null` once erased.
 */
import type { CaseCategory, ExitReason, MemberRelation, ContactRole, Sex } from './care-case.vocabulary';

export type CaseOpened = {
  readonly type: 'CaseOpened';
  readonly data: {
    readonly caseId: string;
    readonly category: CaseCategory;
    /** Township code, e.g. 'CX-XP' (孝坪镇). */
    readonly township: string;
    readonly village: string;
    readonly address: string;
    /** Civil date the case file was opened. */
    readonly openedOn: string;
  };
};

export type MemberRegistered = {
  readonly type: 'MemberRegistered';
  readonly data: {
    readonly caseId: string;
    readonly personId: string;
    readonly name: string;
    /** PII. 18-character resident ID (GB 11643), upper-case X. `null` once erased. */
    readonly idNumber: string | null;
    /** Keyed hash (HMAC) of the ID number: the only form used for duplicate checks. */
    readonly idNumberHash: string;
    /** Last four characters of the ID number, for masked display after erasure too. */
    readonly idNumberTail: string;
    readonly relation: MemberRelation;
    readonly sex: Sex;
    readonly birthDate: string;
    /** PII. `null` when not given or erased. */
    readonly phone: string | null;
  };
};

export type MemberDetailsCorrected = {
  readonly type: 'MemberDetailsCorrected';
  readonly data: {
    readonly caseId: string;
    readonly personId: string;
    /** Only the corrected fields; same meanings as in MemberRegistered. */
    readonly changes: {
      readonly name?: string;
      readonly idNumber?: string | null;
      readonly idNumberHash?: string;
      readonly idNumberTail?: string;
      readonly relation?: MemberRelation;
      readonly sex?: Sex;
      readonly birthDate?: string;
      readonly phone?: string | null;
    };
  };
};

export type MemberDied = {
  readonly type: 'MemberDied';
  readonly data: { readonly caseId: string; readonly personId: string; readonly diedOn: string };
};

export type CategoryChanged = {
  readonly type: 'CategoryChanged';
  readonly data: { readonly caseId: string; readonly from: CaseCategory; readonly to: CaseCategory };
};

export type ContactAssigned = {
  readonly type: 'ContactAssigned';
  readonly data: {
    readonly caseId: string;
    readonly role: ContactRole;
    readonly name: string;
    /** Work phone of the cadre (not a family member's personal data). */
    readonly phone: string | null;
  };
};

export type CaseNoteAdded = {
  readonly type: 'CaseNoteAdded';
  readonly data: { readonly caseId: string; readonly noteId: string; readonly text: string };
};

export type CaseExited = {
  readonly type: 'CaseExited';
  readonly data: { readonly caseId: string; readonly exitReason: ExitReason; readonly exitedOn: string };
};

export type CaseReopened = {
  readonly type: 'CaseReopened';
  readonly data: { readonly caseId: string; readonly reopenedOn: string };
};

export type CareCaseEvent =
  | CaseOpened
  | MemberRegistered
  | MemberDetailsCorrected
  | MemberDied
  | CategoryChanged
  | ContactAssigned
  | CaseNoteAdded
  | CaseExited
  | CaseReopened;

export type CareCaseEventType = CareCaseEvent['type'];
