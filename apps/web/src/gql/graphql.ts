/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A JSON value. */
  JSON: { input: unknown; output: unknown; }
  /** Integer in the range ±(2^53−1), e.g. a global log position. */
  SafeInt: { input: number; output: number; }
};

export type Actor = {
  __typename: 'Actor';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Scalars['String']['output'];
  township: Maybe<Scalars['String']['output']>;
  townshipName: Maybe<Scalars['String']['output']>;
};

export type AddCaseNoteInput = {
  /** The civil day the command is about when it was recorded later (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

/** Exactly one of the two axes. */
export type AsOf = {
  /** The family as of that civil day, using everything known now (late-recorded events included). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  /** What we knew then: only events recorded at or before this ISO-8601 instant. */
  recordedAt?: InputMaybe<Scalars['String']['input']>;
};

export type AssignContactInput = {
  /** The civil day the command is about when it was recorded later (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role: ContactRole;
};

/** One event of the log with everything an auditor asks: what, who, when, why, and its hash. */
export type AuditEvent = {
  __typename: 'AuditEvent';
  actorId: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  actorRole: Scalars['String']['output'];
  actorTownship: Maybe<Scalars['String']['output']>;
  businessDate: Maybe<Scalars['String']['output']>;
  /** Cases this event touches (for links to their timelines). */
  caseIds: Array<Scalars['ID']['output']>;
  causationId: Scalars['String']['output'];
  commandId: Scalars['String']['output'];
  correlationId: Scalars['String']['output'];
  /** Payload with personal data masked. */
  data: Scalars['JSON']['output'];
  eventId: Scalars['ID']['output'];
  hash: Scalars['String']['output'];
  position: Scalars['SafeInt']['output'];
  prevHash: Scalars['String']['output'];
  reason: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  schemaVersion: Scalars['Int']['output'];
  streamId: Scalars['String']['output'];
  streamType: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditFilter = {
  actorId?: InputMaybe<Scalars['String']['input']>;
  /** Civil date YYYY-MM-DD, inclusive. */
  businessFrom?: InputMaybe<Scalars['String']['input']>;
  /** Civil date YYYY-MM-DD, inclusive. */
  businessTo?: InputMaybe<Scalars['String']['input']>;
  /** Events touching this case (any stream type, e.g. later visits naming the case). */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO-8601 instant, inclusive. */
  recordedFrom?: InputMaybe<Scalars['String']['input']>;
  /** ISO-8601 instant, exclusive. */
  recordedTo?: InputMaybe<Scalars['String']['input']>;
  /** Exact stream id, e.g. case-<uuid>. */
  streamId?: InputMaybe<Scalars['String']['input']>;
  /** Stream type = prefix before the first '-', e.g. 'case'. */
  streamType?: InputMaybe<Scalars['String']['input']>;
  /** Township code of the acting user. */
  township?: InputMaybe<Scalars['String']['input']>;
};

export type Case = {
  __typename: 'Case';
  address: Scalars['String']['output'];
  /** Null for the live read model; else the time shown, e.g. "businessDate:2023-11-15". */
  asOf: Maybe<Scalars['String']['output']>;
  category: CaseCategory;
  contacts: Array<Contact>;
  exitReason: Maybe<ExitReason>;
  exitedOn: Maybe<Scalars['String']['output']>;
  /** Name of the household head (or first registered member). */
  headName: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastRecordedAt: Scalars['String']['output'];
  memberCount: Scalars['Int']['output'];
  members: Array<Member>;
  openedOn: Scalars['String']['output'];
  /** Stream revision the read model reflects: send it back as expectedRevision. */
  revision: Scalars['Int']['output'];
  status: CaseStatus;
  /** Every event touching the case, in log order. */
  timeline: Array<TimelineEntry>;
  township: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  village: Scalars['String']['output'];
};

export type CaseCategory =
  | 'BEREAVED'
  | 'DISABLED_CHILD'
  | 'HARDSHIP'
  | 'SURGICAL_COMPLICATION';

export type CaseConnection = {
  __typename: 'CaseConnection';
  edges: Array<CaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CaseEdge = {
  __typename: 'CaseEdge';
  cursor: Scalars['String']['output'];
  node: Case;
};

export type CaseFilter = {
  category?: InputMaybe<CaseCategory>;
  /** Matches member names, village or address (substring). */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
  township?: InputMaybe<Scalars['String']['input']>;
};

export type CaseStatus =
  | 'ACTIVE'
  | 'EXITED';

export type ChangeCaseCategoryInput = {
  /** The civil day the command is about when it was recorded later (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  category: CaseCategory;
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
};

/** What a command wrote: send `revision` back as `expectedRevision` next time. */
export type CommandResult = {
  __typename: 'CommandResult';
  /** Id created by the command (personId, noteId, visitId…), if any. */
  createdId: Maybe<Scalars['ID']['output']>;
  /** The record the command acted on: case, visit, activity, application, policy, claim or fund id. */
  id: Scalars['ID']['output'];
  /** Global log position of the last event written. */
  position: Scalars['SafeInt']['output'];
  /** Stream revision after the command. */
  revision: Scalars['Int']['output'];
};

export type Contact = {
  __typename: 'Contact';
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
  role: ContactRole;
};

export type ContactRole =
  | 'TOWNSHIP'
  | 'VILLAGE';

export type CorrectMemberDetailsInput = {
  birthDate?: InputMaybe<Scalars['String']['input']>;
  /** The civil day the command is about when it was recorded later (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  idNumber?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  /** New phone; an empty string removes it. */
  phone?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  relation?: InputMaybe<MemberRelation>;
};

export type ExitCaseInput = {
  /** The civil day the command is about when it was recorded later (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  exitReason: ExitReason;
  exitedOn: Scalars['String']['input'];
  /** The case revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ExitReason =
  | 'ADOPTION'
  | 'ANOTHER_CHILD'
  | 'DEATH'
  | 'MOVED_AWAY';

/** The hash chain walked from the first event: untampered, or where it breaks. */
export type IntegrityReport = {
  __typename: 'IntegrityReport';
  /** First position whose hash, link or sequence does not match (null when ok). */
  brokenAt: Maybe<Scalars['SafeInt']['output']>;
  /** Events whose hash and links were checked. */
  checked: Scalars['Int']['output'];
  /** ISO-8601 instant the check ran. */
  checkedAt: Scalars['String']['output'];
  headHash: Scalars['String']['output'];
  headPosition: Scalars['SafeInt']['output'];
  ok: Scalars['Boolean']['output'];
  /** hash_mismatch | link_mismatch | position_gap | revision_gap (null when ok). */
  problem: Maybe<Scalars['String']['output']>;
};

export type Member = {
  __typename: 'Member';
  birthDate: Scalars['String']['output'];
  deceased: Scalars['Boolean']['output'];
  diedOn: Maybe<Scalars['String']['output']>;
  /** Masked: first 4 and last 4 characters, e.g. 4312**********1234; '[已删除]' once erased. */
  idNumberMasked: Scalars['String']['output'];
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  /** Masked phone, e.g. 138****5678. */
  phoneMasked: Maybe<Scalars['String']['output']>;
  relation: MemberRelation;
  sex: Sex;
};

export type MemberRelation =
  | 'CHILD'
  | 'GRANDCHILD'
  | 'HEAD'
  | 'OTHER'
  | 'PARENT'
  | 'SPOUSE';

export type Mutation = {
  __typename: 'Mutation';
  addCaseNote: CommandResult;
  assignContact: CommandResult;
  changeCaseCategory: CommandResult;
  correctMemberDetails: CommandResult;
  exitCase: CommandResult;
  openCase: CommandResult;
  recordMemberDeath: CommandResult;
  registerMember: CommandResult;
  reopenCase: CommandResult;
  /** Resumes a failed or stopped projection from its last good checkpoint. */
  resumeProjection: ProjectionHealth;
};


export type MutationAddCaseNoteArgs = {
  input: AddCaseNoteInput;
};


export type MutationAssignContactArgs = {
  input: AssignContactInput;
};


export type MutationChangeCaseCategoryArgs = {
  input: ChangeCaseCategoryInput;
};


export type MutationCorrectMemberDetailsArgs = {
  input: CorrectMemberDetailsInput;
};


export type MutationExitCaseArgs = {
  input: ExitCaseInput;
};


export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};


export type MutationRecordMemberDeathArgs = {
  input: RecordMemberDeathInput;
};


export type MutationRegisterMemberArgs = {
  input: RegisterMemberInput;
};


export type MutationReopenCaseArgs = {
  input: ReopenCaseInput;
};


export type MutationResumeProjectionArgs = {
  name: Scalars['String']['input'];
};

export type OpenCaseInput = {
  address: Scalars['String']['input'];
  /** Chosen by the client, or derived from commandId. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  category: CaseCategory;
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  openedOn: Scalars['String']['input'];
  township: Scalars['String']['input'];
  village: Scalars['String']['input'];
};

export type PageInfo = {
  __typename: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A read model's place in the log and how it is doing. */
export type ProjectionHealth = {
  __typename: 'ProjectionHealth';
  error: Maybe<Scalars['String']['output']>;
  failedEventId: Maybe<Scalars['String']['output']>;
  failedPosition: Maybe<Scalars['SafeInt']['output']>;
  /** Head of the log. */
  headPosition: Scalars['SafeInt']['output'];
  /** Events this projection still has to apply (counted up to 10000). */
  lag: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Global position of the last event applied. */
  position: Scalars['SafeInt']['output'];
  skipped: Scalars['Int']['output'];
  /** running | failed | stopped */
  status: Scalars['String']['output'];
};

export type Query = {
  __typename: 'Query';
  /** Every event of the log with its metadata, newest first (position descending); first between 1 and 200. */
  auditTrail: AuditEventConnection;
  /** A case from the live read models, or with asOf as it stood then (null if it did not exist yet). */
  case: Maybe<Case>;
  /** Case files, newest first, filtered; a cursor connection. */
  cases: CaseConnection;
  /** Verifies the hash chain of the whole log now. */
  integrity: IntegrityReport;
  /** The acting user (from the x-careledger-user header until login arrives). */
  me: Actor;
  /** Each read model's checkpoint, status and lag behind the log's head. */
  projections: Array<ProjectionHealth>;
  townships: Array<Township>;
  /** Demo users that can be chosen with the x-careledger-user header. */
  users: Array<Actor>;
};


export type QueryAuditTrailArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryCaseArgs = {
  asOf: InputMaybe<AsOf>;
  id: Scalars['ID']['input'];
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryCasesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};

export type RecordMemberDeathInput = {
  /** The civil day the command is about when it was recorded later (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  diedOn: Scalars['String']['input'];
  /** The case revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  personId: Scalars['ID']['input'];
};

export type RegisterMemberInput = {
  birthDate: Scalars['String']['input'];
  /** The civil day the command is about when it was recorded later (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  idNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  relation: MemberRelation;
};

export type ReopenCaseInput = {
  /** The civil day the command is about when it was recorded later (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
  reopenedOn: Scalars['String']['input'];
};

export type Sex =
  | 'FEMALE'
  | 'MALE';

/** One event on a family timeline: what happened, who did it, when and why. */
export type TimelineEntry = {
  __typename: 'TimelineEntry';
  actorId: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  actorRole: Scalars['String']['output'];
  actorTownship: Maybe<Scalars['String']['output']>;
  businessDate: Maybe<Scalars['String']['output']>;
  commandId: Scalars['String']['output'];
  correlationId: Scalars['String']['output'];
  /** Event payload with personal data masked. */
  data: Scalars['JSON']['output'];
  eventId: Scalars['ID']['output'];
  position: Scalars['SafeInt']['output'];
  reason: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  streamId: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type Township = {
  __typename: 'Township';
  code: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type AddCaseNoteMutationVariables = Exact<{
  input: AddCaseNoteInput;
}>;


export type AddCaseNoteMutation = { __typename: 'Mutation', addCaseNote: { __typename: 'CommandResult', id: string, createdId: string | null, revision: number, position: number } };

export type AssignContactMutationVariables = Exact<{
  input: AssignContactInput;
}>;


export type AssignContactMutation = { __typename: 'Mutation', assignContact: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type AuditEventDrawer_EventFragment = { __typename: 'AuditEvent', eventId: string, position: number, streamId: string, revision: number, type: string, schemaVersion: number, data: unknown, recordedAt: string, businessDate: string | null, actorId: string, actorName: string, actorRole: string, actorTownship: string | null, reason: string | null, commandId: string, correlationId: string, causationId: string, prevHash: string, hash: string, caseIds: Array<string> } & { ' $fragmentName'?: 'AuditEventDrawer_EventFragment' };

export type AuditTrailQueryVariables = Exact<{
  filter: InputMaybe<AuditFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditTrailQuery = { __typename: 'Query', auditTrail: { __typename: 'AuditEventConnection', totalCount: number, edges: Array<{ __typename: 'AuditEventEdge', cursor: string, node: (
        { __typename: 'AuditEvent', eventId: string }
        & { ' $fragmentRefs'?: { 'AuditTrailTable_EventFragment': AuditTrailTable_EventFragment;'AuditEventDrawer_EventFragment': AuditEventDrawer_EventFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AuditTrailTable_EventFragment = { __typename: 'AuditEvent', eventId: string, position: number, type: string, data: unknown, recordedAt: string, businessDate: string | null, actorName: string, actorRole: string, actorTownship: string | null, reason: string | null } & { ' $fragmentName'?: 'AuditTrailTable_EventFragment' };

export type CaseListQueryVariables = Exact<{
  filter: InputMaybe<CaseFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type CaseListQuery = { __typename: 'Query', cases: { __typename: 'CaseConnection', totalCount: number, edges: Array<{ __typename: 'CaseEdge', cursor: string, node: (
        { __typename: 'Case', id: string }
        & { ' $fragmentRefs'?: { 'CaseTable_CaseFragment': CaseTable_CaseFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CaseTable_CaseFragment = { __typename: 'Case', id: string, category: CaseCategory, status: CaseStatus, townshipName: string, village: string, address: string, headName: string | null, memberCount: number, openedOn: string } & { ' $fragmentName'?: 'CaseTable_CaseFragment' };

export type OpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenCaseMutation = { __typename: 'Mutation', openCase: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type CaseActions_CaseFragment = { __typename: 'Case', status: CaseStatus, category: CaseCategory } & { ' $fragmentName'?: 'CaseActions_CaseFragment' };

export type CaseHeader_CaseFragment = { __typename: 'Case', id: string, category: CaseCategory, status: CaseStatus, townshipName: string, village: string, address: string, openedOn: string, exitReason: ExitReason | null, exitedOn: string | null, contacts: Array<{ __typename: 'Contact', role: ContactRole, name: string, phone: string | null }> } & { ' $fragmentName'?: 'CaseHeader_CaseFragment' };

export type CasePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf: InputMaybe<AsOf>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type CasePageQuery = { __typename: 'Query', case: (
    { __typename: 'Case', id: string, asOf: string | null, revision: number, headName: string | null }
    & { ' $fragmentRefs'?: { 'CaseHeader_CaseFragment': CaseHeader_CaseFragment;'CaseActions_CaseFragment': CaseActions_CaseFragment;'MembersTable_CaseFragment': MembersTable_CaseFragment;'CaseTimeline_CaseFragment': CaseTimeline_CaseFragment } }
  ) | null };

export type MemberActions_MemberFragment = { __typename: 'Member', personId: string, name: string, relation: MemberRelation, birthDate: string, idNumberMasked: string, phoneMasked: string | null, deceased: boolean } & { ' $fragmentName'?: 'MemberActions_MemberFragment' };

export type MembersTable_CaseFragment = { __typename: 'Case', status: CaseStatus, members: Array<(
    { __typename: 'Member', personId: string, name: string, idNumberMasked: string, relation: MemberRelation, sex: Sex, birthDate: string, phoneMasked: string | null, deceased: boolean, diedOn: string | null }
    & { ' $fragmentRefs'?: { 'MemberActions_MemberFragment': MemberActions_MemberFragment } }
  )> } & { ' $fragmentName'?: 'MembersTable_CaseFragment' };

export type CaseTimeline_CaseFragment = { __typename: 'Case', members: Array<{ __typename: 'Member', personId: string, name: string }>, timeline: Array<{ __typename: 'TimelineEntry', eventId: string, position: number, revision: number, type: string, data: unknown, recordedAt: string, businessDate: string | null, actorName: string, actorRole: string, reason: string | null }> } & { ' $fragmentName'?: 'CaseTimeline_CaseFragment' };

export type ChangeCaseCategoryMutationVariables = Exact<{
  input: ChangeCaseCategoryInput;
}>;


export type ChangeCaseCategoryMutation = { __typename: 'Mutation', changeCaseCategory: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type CorrectMemberDetailsMutationVariables = Exact<{
  input: CorrectMemberDetailsInput;
}>;


export type CorrectMemberDetailsMutation = { __typename: 'Mutation', correctMemberDetails: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type ExitCaseMutationVariables = Exact<{
  input: ExitCaseInput;
}>;


export type ExitCaseMutation = { __typename: 'Mutation', exitCase: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type IntegrityQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrityQuery = { __typename: 'Query', integrity: { __typename: 'IntegrityReport', ok: boolean, checked: number, headPosition: number, headHash: string, brokenAt: number | null, problem: string | null, checkedAt: string } };

export type RecordMemberDeathMutationVariables = Exact<{
  input: RecordMemberDeathInput;
}>;


export type RecordMemberDeathMutation = { __typename: 'Mutation', recordMemberDeath: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type RegisterMemberMutationVariables = Exact<{
  input: RegisterMemberInput;
}>;


export type RegisterMemberMutation = { __typename: 'Mutation', registerMember: { __typename: 'CommandResult', id: string, createdId: string | null, revision: number, position: number } };

export type ReopenCaseMutationVariables = Exact<{
  input: ReopenCaseInput;
}>;


export type ReopenCaseMutation = { __typename: 'Mutation', reopenCase: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type ActingUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type ActingUsersQuery = { __typename: 'Query', users: Array<{ __typename: 'Actor', id: string, name: string, role: string, townshipName: string | null }> };

export type ProjectionsTable_ProjectionFragment = { __typename: 'ProjectionHealth', name: string, position: number, headPosition: number, lag: number, status: string, skipped: number, failedPosition: number | null, failedEventId: string | null, error: string | null } & { ' $fragmentName'?: 'ProjectionsTable_ProjectionFragment' };

export type ProjectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectionsQuery = { __typename: 'Query', projections: Array<(
    { __typename: 'ProjectionHealth', name: string }
    & { ' $fragmentRefs'?: { 'ProjectionsTable_ProjectionFragment': ProjectionsTable_ProjectionFragment } }
  )> };

export type ResumeProjectionMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type ResumeProjectionMutation = { __typename: 'Mutation', resumeProjection: (
    { __typename: 'ProjectionHealth', name: string }
    & { ' $fragmentRefs'?: { 'ProjectionsTable_ProjectionFragment': ProjectionsTable_ProjectionFragment } }
  ) };

export type TownshipsQueryVariables = Exact<{ [key: string]: never; }>;


export type TownshipsQuery = { __typename: 'Query', townships: Array<{ __typename: 'Township', code: string, name: string }> };

export const AuditEventDrawer_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventDrawer_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"schemaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorTownship"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"causationId"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}}]}}]} as unknown as DocumentNode<AuditEventDrawer_EventFragment, unknown>;
export const AuditTrailTable_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailTable_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorTownship"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<AuditTrailTable_EventFragment, unknown>;
export const CaseTable_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}}]}}]} as unknown as DocumentNode<CaseTable_CaseFragment, unknown>;
export const CaseActions_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActions_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]} as unknown as DocumentNode<CaseActions_CaseFragment, unknown>;
export const CaseHeader_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseHeader_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CaseHeader_CaseFragment, unknown>;
export const MemberActions_MemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberActions_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}}]}}]} as unknown as DocumentNode<MemberActions_MemberFragment, unknown>;
export const MembersTable_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}},{"kind":"Field","name":{"kind":"Name","value":"diedOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberActions_member"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberActions_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}}]}}]} as unknown as DocumentNode<MembersTable_CaseFragment, unknown>;
export const CaseTimeline_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimeline_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CaseTimeline_CaseFragment, unknown>;
export const ProjectionsTable_ProjectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectionsTable_projection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectionHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"headPosition"}},{"kind":"Field","name":{"kind":"Name","value":"lag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failedPosition"}},{"kind":"Field","name":{"kind":"Name","value":"failedEventId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<ProjectionsTable_ProjectionFragment, unknown>;
export const AddCaseNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<AddCaseNoteMutation, AddCaseNoteMutationVariables>;
export const AssignContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<AssignContactMutation, AssignContactMutationVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTable_event"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventDrawer_event"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailTable_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorTownship"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventDrawer_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"schemaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorTownship"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"causationId"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const CaseListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTable_case"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}}]}}]} as unknown as DocumentNode<CaseListQuery, CaseListQueryVariables>;
export const OpenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const CasePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseHeader_case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActions_case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersTable_case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTimeline_case"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberActions_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseHeader_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActions_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}},{"kind":"Field","name":{"kind":"Name","value":"diedOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberActions_member"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimeline_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const ChangeCaseCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCaseCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCaseCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCaseCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ChangeCaseCategoryMutation, ChangeCaseCategoryMutationVariables>;
export const CorrectMemberDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectMemberDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectMemberDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctMemberDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<CorrectMemberDetailsMutation, CorrectMemberDetailsMutationVariables>;
export const ExitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ExitCaseMutation, ExitCaseMutationVariables>;
export const IntegrityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Integrity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"headPosition"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"brokenAt"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<IntegrityQuery, IntegrityQueryVariables>;
export const RecordMemberDeathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMemberDeath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMemberDeathInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMemberDeath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RecordMemberDeathMutation, RecordMemberDeathMutationVariables>;
export const RegisterMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RegisterMemberMutation, RegisterMemberMutationVariables>;
export const ReopenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReopenCaseMutation, ReopenCaseMutationVariables>;
export const ActingUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActingUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}}]}}]}}]} as unknown as DocumentNode<ActingUsersQuery, ActingUsersQueryVariables>;
export const ProjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Projections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectionsTable_projection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectionsTable_projection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectionHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"headPosition"}},{"kind":"Field","name":{"kind":"Name","value":"lag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failedPosition"}},{"kind":"Field","name":{"kind":"Name","value":"failedEventId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<ProjectionsQuery, ProjectionsQueryVariables>;
export const ResumeProjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeProjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeProjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectionsTable_projection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectionsTable_projection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectionHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"headPosition"}},{"kind":"Field","name":{"kind":"Name","value":"lag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failedPosition"}},{"kind":"Field","name":{"kind":"Name","value":"failedEventId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<ResumeProjectionMutation, ResumeProjectionMutationVariables>;
export const TownshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TownshipsQuery, TownshipsQueryVariables>;