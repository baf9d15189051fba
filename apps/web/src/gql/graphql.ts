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
  caseId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

export type AssignContactInput = {
  caseId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The case revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role: ContactRole;
};

export type Case = {
  __typename: 'Case';
  address: Scalars['String']['output'];
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
  /** Id created by the command (personId, noteId), if any. */
  createdId: Maybe<Scalars['ID']['output']>;
  /** The record the command acted on (the case id). */
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

export type Query = {
  __typename: 'Query';
  case: Maybe<Case>;
  /** Case files, newest first, filtered; a cursor connection. */
  cases: CaseConnection;
  /** The acting user (from the x-careledger-user header until login arrives). */
  me: Actor;
  townships: Array<Township>;
  /** Demo users that can be chosen with the x-careledger-user header. */
  users: Array<Actor>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordMemberDeathInput = {
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


export type AddCaseNoteMutation = { __typename: 'Mutation', addCaseNote: { __typename: 'CommandResult', id: string, createdId: string | null, revision: number } };

export type AssignContactMutationVariables = Exact<{
  input: AssignContactInput;
}>;


export type AssignContactMutation = { __typename: 'Mutation', assignContact: { __typename: 'CommandResult', id: string, revision: number } };

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


export type OpenCaseMutation = { __typename: 'Mutation', openCase: { __typename: 'CommandResult', id: string, revision: number } };

export type CaseActions_CaseFragment = { __typename: 'Case', status: CaseStatus, category: CaseCategory } & { ' $fragmentName'?: 'CaseActions_CaseFragment' };

export type CaseHeader_CaseFragment = { __typename: 'Case', id: string, category: CaseCategory, status: CaseStatus, townshipName: string, village: string, address: string, openedOn: string, exitReason: ExitReason | null, exitedOn: string | null, contacts: Array<{ __typename: 'Contact', role: ContactRole, name: string, phone: string | null }> } & { ' $fragmentName'?: 'CaseHeader_CaseFragment' };

export type CasePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CasePageQuery = { __typename: 'Query', case: (
    { __typename: 'Case', id: string, revision: number, headName: string | null }
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


export type ChangeCaseCategoryMutation = { __typename: 'Mutation', changeCaseCategory: { __typename: 'CommandResult', id: string, revision: number } };

export type CorrectMemberDetailsMutationVariables = Exact<{
  input: CorrectMemberDetailsInput;
}>;


export type CorrectMemberDetailsMutation = { __typename: 'Mutation', correctMemberDetails: { __typename: 'CommandResult', id: string, revision: number } };

export type ExitCaseMutationVariables = Exact<{
  input: ExitCaseInput;
}>;


export type ExitCaseMutation = { __typename: 'Mutation', exitCase: { __typename: 'CommandResult', id: string, revision: number } };

export type RecordMemberDeathMutationVariables = Exact<{
  input: RecordMemberDeathInput;
}>;


export type RecordMemberDeathMutation = { __typename: 'Mutation', recordMemberDeath: { __typename: 'CommandResult', id: string, revision: number } };

export type RegisterMemberMutationVariables = Exact<{
  input: RegisterMemberInput;
}>;


export type RegisterMemberMutation = { __typename: 'Mutation', registerMember: { __typename: 'CommandResult', id: string, createdId: string | null, revision: number } };

export type ReopenCaseMutationVariables = Exact<{
  input: ReopenCaseInput;
}>;


export type ReopenCaseMutation = { __typename: 'Mutation', reopenCase: { __typename: 'CommandResult', id: string, revision: number } };

export type ActingUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type ActingUsersQuery = { __typename: 'Query', users: Array<{ __typename: 'Actor', id: string, name: string, role: string, townshipName: string | null }> };

export type TownshipsQueryVariables = Exact<{ [key: string]: never; }>;


export type TownshipsQuery = { __typename: 'Query', townships: Array<{ __typename: 'Township', code: string, name: string }> };

export const CaseTable_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}}]}}]} as unknown as DocumentNode<CaseTable_CaseFragment, unknown>;
export const CaseActions_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActions_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]} as unknown as DocumentNode<CaseActions_CaseFragment, unknown>;
export const CaseHeader_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseHeader_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CaseHeader_CaseFragment, unknown>;
export const MemberActions_MemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberActions_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}}]}}]} as unknown as DocumentNode<MemberActions_MemberFragment, unknown>;
export const MembersTable_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}},{"kind":"Field","name":{"kind":"Name","value":"diedOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberActions_member"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberActions_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}}]}}]} as unknown as DocumentNode<MembersTable_CaseFragment, unknown>;
export const CaseTimeline_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimeline_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CaseTimeline_CaseFragment, unknown>;
export const AddCaseNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<AddCaseNoteMutation, AddCaseNoteMutationVariables>;
export const AssignContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<AssignContactMutation, AssignContactMutationVariables>;
export const CaseListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTable_case"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}}]}}]} as unknown as DocumentNode<CaseListQuery, CaseListQueryVariables>;
export const OpenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const CasePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseHeader_case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActions_case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersTable_case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTimeline_case"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberActions_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseHeader_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActions_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}},{"kind":"Field","name":{"kind":"Name","value":"diedOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberActions_member"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimeline_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const ChangeCaseCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCaseCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCaseCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCaseCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<ChangeCaseCategoryMutation, ChangeCaseCategoryMutationVariables>;
export const CorrectMemberDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectMemberDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectMemberDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctMemberDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<CorrectMemberDetailsMutation, CorrectMemberDetailsMutationVariables>;
export const ExitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<ExitCaseMutation, ExitCaseMutationVariables>;
export const RecordMemberDeathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMemberDeath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMemberDeathInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMemberDeath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<RecordMemberDeathMutation, RecordMemberDeathMutationVariables>;
export const RegisterMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<RegisterMemberMutation, RegisterMemberMutationVariables>;
export const ReopenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<ReopenCaseMutation, ReopenCaseMutationVariables>;
export const ActingUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActingUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}}]}}]}}]} as unknown as DocumentNode<ActingUsersQuery, ActingUsersQueryVariables>;
export const TownshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TownshipsQuery, TownshipsQueryVariables>;