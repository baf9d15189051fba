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

/** A collective activity (集中慰问/活动) at a venue, with its attendance. */
export type Activity = {
  __typename: 'Activity';
  attendeeCount: Scalars['Int']['output'];
  attendees: Array<PersonReached>;
  caseCount: Scalars['Int']['output'];
  cashAidFen: Scalars['SafeInt']['output'];
  correctionCount: Scalars['Int']['output'];
  fundId: Maybe<Scalars['ID']['output']>;
  heldOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastRecordedAt: Scalars['String']['output'];
  recordedAt: Scalars['String']['output'];
  recordedBy: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  topic: Scalars['String']['output'];
  /** Null for a county-wide activity. */
  township: Maybe<Scalars['String']['output']>;
  townshipName: Maybe<Scalars['String']['output']>;
  venueKind: VenueKind;
  venueName: Scalars['String']['output'];
};

export type ActivityConnection = {
  __typename: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActivityEdge = {
  __typename: 'ActivityEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

export type ActivityFilter = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  township?: InputMaybe<Scalars['String']['input']>;
  venueKind?: InputMaybe<VenueKind>;
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

export type AdjustAllocationInput = {
  adjustedOn: Scalars['String']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** Positive to add (追加), negative to cut (调减). */
  deltaFen: Scalars['SafeInt']['input'];
  /** The fund revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  fundId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type AllocateBudgetInput = {
  allocatedOn: Scalars['String']['input'];
  amountFen: Scalars['SafeInt']['input'];
  /** Lower-case kebab code, e.g. 'care-action'; the fund id is <year>-<code>. */
  code: Scalars['String']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  purpose: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** Only the fields given change; followUp: null removes it, cashAidFen: 0 releases the fund. */
export type AmendVisitInput = {
  caseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  cashAidFen?: InputMaybe<Scalars['SafeInt']['input']>;
  /** Idempotency key: re-sending a command with the same id completes it once. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The visit revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  followUp?: InputMaybe<FollowUpInput>;
  fundId?: InputMaybe<Scalars['ID']['input']>;
  goods?: InputMaybe<Array<GoodsItemInput>>;
  needsFound?: InputMaybe<Array<Scalars['String']['input']>>;
  personsReached?: InputMaybe<Array<PersonRefInput>>;
  reason: Scalars['String']['input'];
  township?: InputMaybe<Scalars['String']['input']>;
  visitId: Scalars['ID']['input'];
  visitType?: InputMaybe<VisitType>;
  visitedOn?: InputMaybe<Scalars['String']['input']>;
  visitors?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The annual report of a year, for the county or one township, as of a log position. */
export type AnnualReport = {
  __typename: 'AnnualReport';
  figures: Array<ReportFigure>;
  /** The log position the report was computed at. */
  position: Scalars['SafeInt']['output'];
  /** Chart series (same scope and records as the figures). */
  series: ReportSeries;
  /** The year's active targets (county report only). */
  targets: Array<ReportTarget>;
  /** null = the whole county. */
  township: Maybe<Scalars['String']['output']>;
  /** Per-township breakdown (county report only). */
  townships: Array<ReportTownship>;
  year: Scalars['Int']['output'];
};

export type ApplyForSubsidyInput = {
  admittedOn: Scalars['String']['input'];
  /** Chosen by the client, or derived from commandId. */
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  /** Day of the application (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  diagnosisCategory: DiagnosisCategory;
  dischargedOn: Scalars['String']['input'];
  /** The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  hospitalGrade: HospitalGrade;
  hospitalName: Scalars['String']['input'];
  /** The member who was in hospital. */
  personId: Scalars['ID']['input'];
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
  /** Collective activities this family attended, latest first. */
  activities: ActivityConnection;
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
  /** The family's claims, newest first. */
  insuranceClaims: Array<InsuranceClaim>;
  /** The family's enrolment periods, newest policy first. */
  insuranceEnrolments: Array<InsuranceEnrolment>;
  lastRecordedAt: Scalars['String']['output'];
  memberCount: Scalars['Int']['output'];
  members: Array<Member>;
  openedOn: Scalars['String']['output'];
  /** Stream revision the read model reflects: send it back as expectedRevision. */
  revision: Scalars['Int']['output'];
  status: CaseStatus;
  /** The family's nursing-subsidy applications, newest admission first. */
  subsidyApplications: Array<SubsidyApplication>;
  /** Every event touching the case, in log order. */
  timeline: Array<TimelineEntry>;
  township: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  village: Scalars['String']['output'];
  /** Visits that reached this family, latest first (voided ones on request). */
  visits: VisitConnection;
};


export type CaseActivitiesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CaseVisitsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
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

export type CategoryFigure = {
  __typename: 'CategoryFigure';
  /** Share of basic spending (personnel + public), for those two. */
  basicShareBp: Maybe<Scalars['Int']['output']>;
  category: ExpenditureCategory;
  /** Share of all spending, in basis points (5990 = 59.90 %). */
  shareBp: Scalars['Int']['output'];
  spentFen: Scalars['SafeInt']['output'];
};

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

/** A kind of claim document (CLAIM_DOCUMENT_KIND_LABELS). */
export type ClaimDocumentKind =
  | 'ACCIDENT_PROOF'
  | 'BANK_ACCOUNT'
  | 'CLAIM_FORM'
  | 'DEATH_CERTIFICATE'
  | 'DIAGNOSIS_CERTIFICATE'
  | 'DISABILITY_ASSESSMENT'
  | 'DISCHARGE_SUMMARY'
  | 'IDENTITY_PROOF'
  | 'MEDICAL_INVOICE'
  | 'OTHER';

/** What happened to the insured (CLAIM_EVENT_TYPE_LABELS). */
export type ClaimEventType =
  | 'ACCIDENT'
  | 'DEATH'
  | 'DISABILITY'
  | 'HOSPITALISATION'
  | 'OTHER';

/** One step of a claim: what, when, by whom. Payload with personal data masked. */
export type ClaimHistoryEntry = {
  __typename: 'ClaimHistoryEntry';
  actorId: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  actorRole: Scalars['String']['output'];
  businessDate: Maybe<Scalars['String']['output']>;
  data: Scalars['JSON']['output'];
  position: Scalars['SafeInt']['output'];
  reason: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  type: Scalars['String']['output'];
};

/** Where a claim stands (CLAIM_STATUS_LABELS). */
export type ClaimStatus =
  | 'DOCUMENTS_SUBMITTED'
  | 'REJECTED'
  | 'REPORTED'
  | 'SENT_TO_INSURER'
  | 'SETTLED'
  | 'WITHDRAWN';

export type CloseSubsidyNoticeInput = {
  applicationId: Scalars['ID']['input'];
  /** Not before the notice period has run (closesOn). */
  closedOn: Scalars['String']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** Objections raised during the notice, if any. */
  objections?: InputMaybe<Scalars['String']['input']>;
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

export type ConfirmSubsidyPaymentInput = {
  applicationId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  paidOn: Scalars['String']['input'];
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

export type CorrectAttendanceInput = {
  activityId: Scalars['ID']['input'];
  add: Array<PersonRefInput>;
  /** Idempotency key: re-sending a command with the same id completes it once. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
  remove: Array<PersonRefInput>;
};

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

export type DiagnosisCategory =
  | 'CARDIO_CEREBROVASCULAR'
  | 'MALIGNANT_TUMOUR'
  | 'ORGAN_FAILURE'
  | 'OTHER_SERIOUS_ILLNESS'
  | 'SEVERE_INJURY'
  | 'SEVERE_MENTAL_ILLNESS';

/** One gift of a campaign year (小善举·大爱心); a reversed one stays listed, marked. */
export type Donation = {
  __typename: 'Donation';
  actorId: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  amountFen: Scalars['SafeInt']['output'];
  channel: DonationChannel;
  donationId: Scalars['ID']['output'];
  /** 配捐: added by a sponsor. */
  matchingFen: Scalars['SafeInt']['output'];
  receivedOn: Scalars['String']['output'];
  recordedAt: Scalars['String']['output'];
  reversalReason: Maybe<Scalars['String']['output']>;
  /** Platform batch or donor organisation. */
  source: Scalars['String']['output'];
  status: DonationStatus;
  /** amountFen + matchingFen. */
  totalFen: Scalars['SafeInt']['output'];
  year: Scalars['Int']['output'];
};

/** ONLINE: the 小善举·大爱心 platform. */
export type DonationChannel =
  | 'BANK'
  | 'CASH'
  | 'ONLINE'
  | 'OTHER';

export type DonationConnection = {
  __typename: 'DonationConnection';
  edges: Array<DonationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DonationEdge = {
  __typename: 'DonationEdge';
  cursor: Scalars['String']['output'];
  node: Donation;
};

export type DonationFilter = {
  channel?: InputMaybe<DonationChannel>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type DonationStatus =
  | 'RECORDED'
  | 'REVERSED';

/** A campaign year's totals as the annual report counts them: reversed donations excluded. */
export type DonationYear = {
  __typename: 'DonationYear';
  amountFen: Scalars['SafeInt']['output'];
  count: Scalars['Int']['output'];
  matchingFen: Scalars['SafeInt']['output'];
  /** 线上募捐金额（含配捐）. */
  totalFen: Scalars['SafeInt']['output'];
  year: Scalars['Int']['output'];
};

export type EnrolMemberInput = {
  caseId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  coverageFrom: Scalars['String']['input'];
  enrolledOn: Scalars['String']['input'];
  /** The stream revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  personId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
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

export type ExpenditureCategory =
  | 'PERSONNEL'
  | 'PUBLIC'
  | 'SPECIAL';

export type ExplainTargetDeviationInput = {
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The year's target revision the client saw. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  indicatorId: Scalars['ID']['input'];
  /** Why the result deviates from the target (偏差原因); replaces an earlier reason. */
  reason: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type FollowUp = {
  __typename: 'FollowUp';
  action: Scalars['String']['output'];
  /** Civil date, on or after the visit. */
  dueOn: Scalars['String']['output'];
};

export type FollowUpInput = {
  action: Scalars['String']['input'];
  dueOn: Scalars['String']['input'];
};

export type Fund = {
  __typename: 'Fund';
  /** Allocated including adjustments. */
  allocatedFen: Scalars['SafeInt']['output'];
  allocatedOn: Scalars['String']['output'];
  code: Scalars['String']['output'];
  /** Spending by category with shares, balance and the received gap. */
  figures: FundFigures;
  id: Scalars['ID']['output'];
  /** The first allocation as made. */
  initialAmountFen: Scalars['SafeInt']['output'];
  /** Every entry in business-day then log order, with the running figures after each. */
  ledger: FundLedgerConnection;
  name: Scalars['String']['output'];
  purpose: Scalars['String']['output'];
  receivedFen: Scalars['SafeInt']['output'];
  /** Allocated − spent: what may still be spent. */
  remainingFen: Scalars['SafeInt']['output'];
  revision: Scalars['Int']['output'];
  /** Recorded minus reversed expenditures. */
  spentFen: Scalars['SafeInt']['output'];
  year: Scalars['Int']['output'];
};


export type FundLedgerArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  category: InputMaybe<ExpenditureCategory>;
  dateFrom: InputMaybe<Scalars['String']['input']>;
  dateTo: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type FundConnection = {
  __typename: 'FundConnection';
  edges: Array<FundEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundEdge = {
  __typename: 'FundEdge';
  cursor: Scalars['String']['output'];
  node: Fund;
};

/** The figures of a fund as the domain computes them (ledgerFigures). */
export type FundFigures = {
  __typename: 'FundFigures';
  /** Received − spent: the cash left (年末结余). */
  balanceFen: Scalars['SafeInt']['output'];
  /** Personnel + public spending (基本支出). */
  basicSpentFen: Scalars['SafeInt']['output'];
  byCategory: Array<CategoryFigure>;
  /** Allocated − received: what the treasury has yet to pay in. */
  receivedGapFen: Scalars['SafeInt']['output'];
};

export type FundFilter = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type FundLedgerConnection = {
  __typename: 'FundLedgerConnection';
  edges: Array<FundLedgerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundLedgerEdge = {
  __typename: 'FundLedgerEdge';
  cursor: Scalars['String']['output'];
  node: FundLedgerEntry;
};

/** One entry of a fund's ledger, with the fund's running figures after it. */
export type FundLedgerEntry = {
  __typename: 'FundLedgerEntry';
  actorId: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  /** As stated: positive, except a cut in the allocation. */
  amountFen: Scalars['SafeInt']['output'];
  category: Maybe<ExpenditureCategory>;
  /** The civil day the entry is about. */
  date: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** Receipt, expenditure or adjustment id (the fund id for the allocation). */
  entryId: Scalars['ID']['output'];
  kind: LedgerEntryKind;
  linked: Maybe<LinkedRecord>;
  position: Scalars['SafeInt']['output'];
  reason: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['String']['output'];
  /** An expenditure a later entry reversed. */
  reversed: Scalars['Boolean']['output'];
  /** Received − spent after this entry. */
  runningBalanceFen: Scalars['SafeInt']['output'];
  /** Allocated − spent after this entry. */
  runningRemainingFen: Scalars['SafeInt']['output'];
  /** Who paid a receipt in. */
  source: Maybe<Scalars['String']['output']>;
};

export type GoodsItem = {
  __typename: 'GoodsItem';
  description: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  /** Value of the whole line in fen. */
  valueFen: Scalars['SafeInt']['output'];
};

export type GoodsItemInput = {
  description: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
  valueFen: Scalars['SafeInt']['input'];
};

export type HoldActivityInput = {
  /** Chosen by the client, or derived from commandId. */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  attendees: Array<PersonRefInput>;
  cashAidFen: Scalars['SafeInt']['input'];
  /** Idempotency key: re-sending a command with the same id completes it once. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  fundId?: InputMaybe<Scalars['ID']['input']>;
  heldOn: Scalars['String']['input'];
  topic: Scalars['String']['input'];
  /** Township code; null for a county-wide activity. */
  township?: InputMaybe<Scalars['String']['input']>;
  venueKind: VenueKind;
  venueName: Scalars['String']['input'];
};

export type HospitalGrade =
  | 'LEVEL_1'
  | 'LEVEL_2A'
  | 'LEVEL_2B'
  | 'LEVEL_3A'
  | 'LEVEL_3B'
  | 'UNGRADED';

/** A claim as lists show it: no description (health data). */
export type InsuranceClaim = {
  __typename: 'InsuranceClaim';
  caseId: Scalars['ID']['output'];
  documents: Array<ClaimDocumentKind>;
  eventOn: Scalars['String']['output'];
  eventType: ClaimEventType;
  id: Scalars['ID']['output'];
  idNumberMasked: Maybe<Scalars['String']['output']>;
  insurerRef: Maybe<Scalars['String']['output']>;
  lastRecordedAt: Scalars['String']['output'];
  lastSubmittedOn: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
  personName: Maybe<Scalars['String']['output']>;
  policyId: Scalars['ID']['output'];
  policyYear: Scalars['Int']['output'];
  rejectedOn: Maybe<Scalars['String']['output']>;
  rejectionReason: Maybe<Scalars['String']['output']>;
  reportedOn: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  sentOn: Maybe<Scalars['String']['output']>;
  settledAmountFen: Maybe<Scalars['SafeInt']['output']>;
  settledOn: Maybe<Scalars['String']['output']>;
  status: ClaimStatus;
  township: Maybe<Scalars['String']['output']>;
  townshipName: Maybe<Scalars['String']['output']>;
  withdrawalReason: Maybe<Scalars['String']['output']>;
};

export type InsuranceClaimConnection = {
  __typename: 'InsuranceClaimConnection';
  edges: Array<InsuranceClaimEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A claim on its own page: with its description (decrypted for this view only) and history. */
export type InsuranceClaimDetail = {
  __typename: 'InsuranceClaimDetail';
  caseId: Scalars['ID']['output'];
  /** Health data; null once erased. */
  description: Maybe<Scalars['String']['output']>;
  documents: Array<ClaimDocumentKind>;
  eventOn: Scalars['String']['output'];
  eventType: ClaimEventType;
  history: Array<ClaimHistoryEntry>;
  id: Scalars['ID']['output'];
  idNumberMasked: Maybe<Scalars['String']['output']>;
  insurerRef: Maybe<Scalars['String']['output']>;
  lastRecordedAt: Scalars['String']['output'];
  lastSubmittedOn: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
  personName: Maybe<Scalars['String']['output']>;
  policyId: Scalars['ID']['output'];
  policyYear: Scalars['Int']['output'];
  rejectedOn: Maybe<Scalars['String']['output']>;
  rejectionReason: Maybe<Scalars['String']['output']>;
  reportedOn: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  sentOn: Maybe<Scalars['String']['output']>;
  settledAmountFen: Maybe<Scalars['SafeInt']['output']>;
  settledOn: Maybe<Scalars['String']['output']>;
  status: ClaimStatus;
  township: Maybe<Scalars['String']['output']>;
  townshipName: Maybe<Scalars['String']['output']>;
  withdrawalReason: Maybe<Scalars['String']['output']>;
};

export type InsuranceClaimEdge = {
  __typename: 'InsuranceClaimEdge';
  cursor: Scalars['String']['output'];
  node: InsuranceClaim;
};

export type InsuranceClaimFilter = {
  case?: InputMaybe<Scalars['ID']['input']>;
  /** Policy id (its year). */
  policy?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<ClaimStatus>;
  township?: InputMaybe<Scalars['String']['input']>;
  /** Year the claim was reported in. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** One period of cover of one person. Name and ID come masked from the case read model. */
export type InsuranceEnrolment = {
  __typename: 'InsuranceEnrolment';
  active: Scalars['Boolean']['output'];
  caseId: Scalars['ID']['output'];
  coverageFrom: Scalars['String']['output'];
  /** Last day of cover: removedOn, else the end of the policy. */
  coverageTo: Scalars['String']['output'];
  deceased: Scalars['Boolean']['output'];
  enrolledOn: Scalars['String']['output'];
  /** <year>:<personId>:<period> */
  id: Scalars['ID']['output'];
  idNumberMasked: Maybe<Scalars['String']['output']>;
  periodNo: Scalars['Int']['output'];
  personId: Scalars['ID']['output'];
  personName: Maybe<Scalars['String']['output']>;
  policyId: Scalars['ID']['output'];
  removalNote: Maybe<Scalars['String']['output']>;
  removalReason: Maybe<InsuranceRemovalReason>;
  removedOn: Maybe<Scalars['String']['output']>;
  township: Maybe<Scalars['String']['output']>;
  townshipName: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type InsuranceEnrolmentConnection = {
  __typename: 'InsuranceEnrolmentConnection';
  edges: Array<InsuranceEnrolmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InsuranceEnrolmentEdge = {
  __typename: 'InsuranceEnrolmentEdge';
  cursor: Scalars['String']['output'];
  node: InsuranceEnrolment;
};

export type InsuranceEnrolmentFilter = {
  /** Covered on this civil day. */
  activeOn?: InputMaybe<Scalars['String']['input']>;
  /** Only periods not closed by a removal. */
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  case?: InputMaybe<Scalars['ID']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
  /** Policy id (its year). */
  policy?: InputMaybe<Scalars['ID']['input']>;
  township?: InputMaybe<Scalars['String']['input']>;
};

/** A yearly group health policy (计生特殊家庭健康保险). Its id is its year. */
export type InsurancePolicy = {
  __typename: 'InsurancePolicy';
  coverageFrom: Scalars['String']['output'];
  coverageTo: Scalars['String']['output'];
  /** Persons enrolled now (periods not closed). */
  enrolledCount: Scalars['Int']['output'];
  /** The policy's roster (every period), filtered. */
  enrolments: Array<InsuranceEnrolment>;
  id: Scalars['ID']['output'];
  /** Persons with at least one day of cover: the premium is paid for each. */
  insuredPersons: Scalars['Int']['output'];
  insurer: Scalars['String']['output'];
  premiumPerPersonFen: Scalars['SafeInt']['output'];
  /** insuredPersons × premiumPerPersonFen. */
  premiumTotalFen: Scalars['SafeInt']['output'];
  product: Scalars['String']['output'];
  purchasedOn: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  targetEnrolment: Maybe<Scalars['Int']['output']>;
  year: Scalars['Int']['output'];
};


/** A yearly group health policy (计生特殊家庭健康保险). Its id is its year. */
export type InsurancePolicyEnrolmentsArgs = {
  activeOnly: InputMaybe<Scalars['Boolean']['input']>;
  township: InputMaybe<Scalars['String']['input']>;
};

export type InsurancePolicyConnection = {
  __typename: 'InsurancePolicyConnection';
  edges: Array<InsurancePolicyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InsurancePolicyEdge = {
  __typename: 'InsurancePolicyEdge';
  cursor: Scalars['String']['output'];
  node: InsurancePolicy;
};

export type InsurancePolicyFilter = {
  /** Substring of the insurer's name. */
  insurer?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Why a person left the policy (REMOVAL_REASON_LABELS). */
export type InsuranceRemovalReason =
  | 'DECEASED'
  | 'DUPLICATE'
  | 'EXITED'
  | 'OTHER';

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

export type IssueSubsidyPaymentInput = {
  /** Fen; must equal the computed amount. */
  amountFen: Scalars['SafeInt']['input'];
  applicationId: Scalars['ID']['input'];
  /** One-card batch id. */
  batchId: Scalars['String']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  issuedOn: Scalars['String']['input'];
  /** Subsidy period YYYYMM. */
  period: Scalars['String']['input'];
};

export type LedgerEntryKind =
  | 'ADJUSTMENT'
  | 'ALLOCATION'
  | 'EXPENDITURE'
  | 'RECEIPT'
  | 'REVERSAL';

/** The record a fund entry belongs to, e.g. the visit whose cash aid it paid. */
export type LinkedRecord = {
  __typename: 'LinkedRecord';
  kind: LinkedRecordKind;
  /** The record id within its kind (the stream id without its type prefix). */
  recordId: Scalars['ID']['output'];
  streamId: Scalars['ID']['output'];
};

export type LinkedRecordKind =
  | 'ACTIVITY'
  | 'CASE'
  | 'INSURANCE_CLAIM'
  | 'OTHER'
  | 'SUBSIDY_APPLICATION'
  | 'VISIT';

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
  /** createdId is the adjustment id. */
  adjustAllocation: CommandResult;
  /** Opens a fund: id is the fund id <year>-<code>. */
  allocateBudget: CommandResult;
  /** Amends a visit with a reason; a changed cash aid is re-charged. */
  amendVisit: CommandResult;
  /** Apply for a stay; createdId = id = the application id. */
  applyForSubsidy: CommandResult;
  assignContact: CommandResult;
  changeCaseCategory: CommandResult;
  closeSubsidyNotice: CommandResult;
  confirmSubsidyPayment: CommandResult;
  /** Adds and removes attendees of an activity, with a reason. */
  correctAttendance: CommandResult;
  correctMemberDetails: CommandResult;
  /** Enrols a member of a case; createdId = the person. */
  enrolMember: CommandResult;
  exitCase: CommandResult;
  /** Records an active target's deviation reason (偏差原因) for the self-evaluation. */
  explainTargetDeviation: CommandResult;
  /** Records a collective activity with its attendance. */
  holdActivity: CommandResult;
  /** One-card payment; amountFen must equal the computed amount. */
  issueSubsidyPayment: CommandResult;
  openCase: CommandResult;
  /** Public notice (公示), when the rule set requires one. */
  postSubsidyNotice: CommandResult;
  /** Records the year's policy; id = the year. */
  purchasePolicy: CommandResult;
  /** createdId is the receipt id. */
  receiveFunds: CommandResult;
  /** id is the year; createdId is the donation id. */
  recordDonation: CommandResult;
  /** createdId is the expenditure id. */
  recordExpenditure: CommandResult;
  recordMemberDeath: CommandResult;
  recordSubsidyPaymentFailure: CommandResult;
  /** Records a visit after the fact; cash aid is charged to its fund. */
  recordVisit: CommandResult;
  /** 公示后不予发放: objections to the notice proved founded (while it hangs or once closed); the application ends rejected. */
  refuseSubsidyAfterNotice: CommandResult;
  registerMember: CommandResult;
  /** After a failure: same amount, new batch. */
  reissueSubsidyPayment: CommandResult;
  rejectClaim: CommandResult;
  /** Ends a person’s cover on removedOn, with a reason. */
  removeMember: CommandResult;
  reopenCase: CommandResult;
  /** Reports a claim of an enrolled person; createdId = the claim id. */
  reportClaim: CommandResult;
  /** Resumes a failed or stopped projection from its last good checkpoint. */
  resumeProjection: ProjectionHealth;
  /** id is the year. */
  reverseDonation: CommandResult;
  reverseExpenditure: CommandResult;
  /** County review: APPROVED or REJECTED (opinion required). */
  reviewSubsidyByCounty: CommandResult;
  /** Township review: APPROVED or RETURNED (opinion required). */
  reviewSubsidyByTownship: CommandResult;
  revisePerformanceTarget: CommandResult;
  /** Seals the report as computed at the current log head; createdId is the seal id. */
  sealAnnualReport: CommandResult;
  sendClaimToInsurer: CommandResult;
  /** createdId is the indicator id. */
  setPerformanceTarget: CommandResult;
  /** Records the payout, once: a second settlement is INVALID_TRANSITION. */
  settleClaim: CommandResult;
  /** 报账, after the payment was confirmed. */
  settleSubsidyReimbursement: CommandResult;
  submitClaimDocuments: CommandResult;
  submitSubsidyToSunshine: CommandResult;
  /** After a return for correction. */
  supplementSubsidyDocuments: CommandResult;
  /** Voids a visit with a reason; its cash aid charge is reversed. */
  voidVisit: CommandResult;
  withdrawClaim: CommandResult;
  withdrawPerformanceTarget: CommandResult;
  /** Only before the first review (status applied). */
  withdrawSubsidyApplication: CommandResult;
};


export type MutationAddCaseNoteArgs = {
  input: AddCaseNoteInput;
};


export type MutationAdjustAllocationArgs = {
  input: AdjustAllocationInput;
};


export type MutationAllocateBudgetArgs = {
  input: AllocateBudgetInput;
};


export type MutationAmendVisitArgs = {
  input: AmendVisitInput;
};


export type MutationApplyForSubsidyArgs = {
  input: ApplyForSubsidyInput;
};


export type MutationAssignContactArgs = {
  input: AssignContactInput;
};


export type MutationChangeCaseCategoryArgs = {
  input: ChangeCaseCategoryInput;
};


export type MutationCloseSubsidyNoticeArgs = {
  input: CloseSubsidyNoticeInput;
};


export type MutationConfirmSubsidyPaymentArgs = {
  input: ConfirmSubsidyPaymentInput;
};


export type MutationCorrectAttendanceArgs = {
  input: CorrectAttendanceInput;
};


export type MutationCorrectMemberDetailsArgs = {
  input: CorrectMemberDetailsInput;
};


export type MutationEnrolMemberArgs = {
  input: EnrolMemberInput;
};


export type MutationExitCaseArgs = {
  input: ExitCaseInput;
};


export type MutationExplainTargetDeviationArgs = {
  input: ExplainTargetDeviationInput;
};


export type MutationHoldActivityArgs = {
  input: HoldActivityInput;
};


export type MutationIssueSubsidyPaymentArgs = {
  input: IssueSubsidyPaymentInput;
};


export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};


export type MutationPostSubsidyNoticeArgs = {
  input: PostSubsidyNoticeInput;
};


export type MutationPurchasePolicyArgs = {
  input: PurchasePolicyInput;
};


export type MutationReceiveFundsArgs = {
  input: ReceiveFundsInput;
};


export type MutationRecordDonationArgs = {
  input: RecordDonationInput;
};


export type MutationRecordExpenditureArgs = {
  input: RecordExpenditureInput;
};


export type MutationRecordMemberDeathArgs = {
  input: RecordMemberDeathInput;
};


export type MutationRecordSubsidyPaymentFailureArgs = {
  input: RecordSubsidyPaymentFailureInput;
};


export type MutationRecordVisitArgs = {
  input: RecordVisitInput;
};


export type MutationRefuseSubsidyAfterNoticeArgs = {
  input: RefuseSubsidyAfterNoticeInput;
};


export type MutationRegisterMemberArgs = {
  input: RegisterMemberInput;
};


export type MutationReissueSubsidyPaymentArgs = {
  input: ReissueSubsidyPaymentInput;
};


export type MutationRejectClaimArgs = {
  input: RejectClaimInput;
};


export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


export type MutationReopenCaseArgs = {
  input: ReopenCaseInput;
};


export type MutationReportClaimArgs = {
  input: ReportClaimInput;
};


export type MutationResumeProjectionArgs = {
  name: Scalars['String']['input'];
};


export type MutationReverseDonationArgs = {
  input: ReverseDonationInput;
};


export type MutationReverseExpenditureArgs = {
  input: ReverseExpenditureInput;
};


export type MutationReviewSubsidyByCountyArgs = {
  input: ReviewSubsidyByCountyInput;
};


export type MutationReviewSubsidyByTownshipArgs = {
  input: ReviewSubsidyByTownshipInput;
};


export type MutationRevisePerformanceTargetArgs = {
  input: RevisePerformanceTargetInput;
};


export type MutationSealAnnualReportArgs = {
  input: SealAnnualReportInput;
};


export type MutationSendClaimToInsurerArgs = {
  input: SendClaimToInsurerInput;
};


export type MutationSetPerformanceTargetArgs = {
  input: SetPerformanceTargetInput;
};


export type MutationSettleClaimArgs = {
  input: SettleClaimInput;
};


export type MutationSettleSubsidyReimbursementArgs = {
  input: SettleSubsidyReimbursementInput;
};


export type MutationSubmitClaimDocumentsArgs = {
  input: SubmitClaimDocumentsInput;
};


export type MutationSubmitSubsidyToSunshineArgs = {
  input: SubmitSubsidyToSunshineInput;
};


export type MutationSupplementSubsidyDocumentsArgs = {
  input: SupplementSubsidyDocumentsInput;
};


export type MutationVoidVisitArgs = {
  input: VoidVisitInput;
};


export type MutationWithdrawClaimArgs = {
  input: WithdrawClaimInput;
};


export type MutationWithdrawPerformanceTargetArgs = {
  input: WithdrawPerformanceTargetInput;
};


export type MutationWithdrawSubsidyApplicationArgs = {
  input: WithdrawSubsidyApplicationInput;
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

/** A yearly performance target (绩效目标) with its current values and history. */
export type PerformanceTarget = {
  __typename: 'PerformanceTarget';
  /** The latest deviation reason (偏差原因), null until explained. */
  deviationReason: Maybe<Scalars['String']['output']>;
  direction: TargetDirection;
  /** Oldest first. */
  history: Array<TargetRevision>;
  indicatorId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  revisionCount: Scalars['Int']['output'];
  sourceQuery: Scalars['String']['output'];
  status: TargetStatus;
  unit: TargetUnit;
  /** In its unit: fen, persons, counts, basis points. */
  value: Scalars['SafeInt']['output'];
  weight: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A member of a family reached by a visit or attending an activity. */
export type PersonReached = {
  __typename: 'PersonReached';
  caseId: Scalars['ID']['output'];
  /** The member name as on the case page (null if not projected yet). */
  name: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
};

export type PersonRefInput = {
  caseId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};

export type PostSubsidyNoticeInput = {
  applicationId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  postedOn: Scalars['String']['input'];
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

export type PurchasePolicyInput = {
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  coverageFrom: Scalars['String']['input'];
  coverageTo: Scalars['String']['input'];
  /** The stream revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  insurer: Scalars['String']['input'];
  /** Yearly premium per insured person, integer fen. */
  premiumPerPersonFen: Scalars['SafeInt']['input'];
  product: Scalars['String']['input'];
  purchasedOn: Scalars['String']['input'];
  targetEnrolment?: InputMaybe<Scalars['Int']['input']>;
  /** Policy year: the year cover starts; the policy id. */
  year: Scalars['Int']['input'];
};

export type Query = {
  __typename: 'Query';
  /** Collective activities, latest first, filtered; a cursor connection. */
  activities: ActivityConnection;
  activity: Maybe<Activity>;
  /** The annual report of a year (county when township is null), live or as of atPosition (replayed from the log). */
  annualReport: AnnualReport;
  /** The years the log gives an annual report something to count (a payment, policy, visit, fund, target or donation of the year), ascending. */
  annualReportYears: Array<Scalars['Int']['output']>;
  /** Every event of the log with its metadata, newest first (position descending); first between 1 and 200. */
  auditTrail: AuditEventConnection;
  /** A case from the live read models, or with asOf as it stood then (null if it did not exist yet). */
  case: Maybe<Case>;
  /** Case files, newest first, filtered; a cursor connection. */
  cases: CaseConnection;
  /** A campaign year's totals, reversed donations excluded (zeros for a year without any). */
  donationYear: DonationYear;
  /** Donations, newest day first; reversed ones included, marked. */
  donations: DonationConnection;
  /** One fund by id (<year>-<code>), null if unknown. */
  fund: Maybe<Fund>;
  /** Funds, newest year first, then by id; a cursor connection. */
  funds: FundConnection;
  /** One claim with its description and history. */
  insuranceClaim: Maybe<InsuranceClaimDetail>;
  /** Claims, newest report first (no descriptions in lists). */
  insuranceClaims: InsuranceClaimConnection;
  /** Enrolment periods, newest policy first. */
  insuranceEnrolments: InsuranceEnrolmentConnection;
  /** Yearly policies, newest first, with enrolled count and premium total. */
  insurancePolicies: InsurancePolicyConnection;
  /** A policy by id (its year, e.g. "2023"). */
  insurancePolicy: Maybe<InsurancePolicy>;
  /** Verifies the hash chain of the whole log now. */
  integrity: IntegrityReport;
  /** The acting user (from the x-careledger-user header until login arrives). */
  me: Actor;
  /** A year's targets (withdrawn ones included), in the order set. */
  performanceTargets: Array<PerformanceTarget>;
  /** Each read model's checkpoint, status and lag behind the log's head. */
  projections: Array<ProjectionHealth>;
  /** The seals of a year, oldest first (a later seal of the same report corrects it). */
  sealedReports: Array<SealedReport>;
  /** One application, or null when there is none. */
  subsidyApplication: Maybe<SubsidyApplication>;
  /** Nursing-subsidy applications, newest admission first, filtered; a cursor connection. */
  subsidyApplications: SubsidyApplicationConnection;
  /** The configured nursing-subsidy rule sets (config/subsidy-rules.json), oldest first; inForce marks today’s. */
  subsidyRules: Array<SubsidyRuleSet>;
  townships: Array<Township>;
  /** Demo users that can be chosen with the x-careledger-user header. */
  users: Array<Actor>;
  /** Regenerates a sealed report at its position and compares it with the seal's figures hash. */
  verifySealedReport: SealVerification;
  visit: Maybe<Visit>;
  /** Visits, latest visit date first, filtered; a cursor connection. */
  visits: VisitConnection;
};


export type QueryActivitiesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryAnnualReportArgs = {
  atPosition: InputMaybe<Scalars['SafeInt']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
  township: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryAnnualReportYearsArgs = {
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
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


export type QueryDonationYearArgs = {
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryDonationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<DonationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryFundArgs = {
  id: Scalars['ID']['input'];
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryFundsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<FundFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryInsuranceClaimArgs = {
  id: Scalars['ID']['input'];
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryInsuranceClaimsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<InsuranceClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryInsuranceEnrolmentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<InsuranceEnrolmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryInsurancePoliciesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<InsurancePolicyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryInsurancePolicyArgs = {
  id: Scalars['ID']['input'];
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryPerformanceTargetsArgs = {
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
  year: Scalars['Int']['input'];
};


export type QuerySealedReportsArgs = {
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
  year: Scalars['Int']['input'];
};


export type QuerySubsidyApplicationArgs = {
  id: Scalars['ID']['input'];
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QuerySubsidyApplicationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<SubsidyApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryVerifySealedReportArgs = {
  expectedHash: InputMaybe<Scalars['String']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
  sealId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryVisitArgs = {
  id: Scalars['ID']['input'];
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};


export type QueryVisitsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<VisitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
};

export type ReceiveFundsInput = {
  amountFen: Scalars['SafeInt']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The fund revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  fundId: Scalars['ID']['input'];
  receivedOn: Scalars['String']['input'];
  /** Who paid it in, e.g. '县财政局'. */
  source: Scalars['String']['input'];
};

export type RecordDonationInput = {
  amountFen: Scalars['SafeInt']['input'];
  channel: DonationChannel;
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to an id derived from the command id. */
  donationId?: InputMaybe<Scalars['ID']['input']>;
  /** The year's stream revision the client saw. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** 配捐, 0 when none. */
  matchingFen: Scalars['SafeInt']['input'];
  receivedOn: Scalars['String']['input'];
  /** Platform batch or donor organisation, never a private person. */
  source: Scalars['String']['input'];
  /** The campaign year: the stream is donation-<year>. */
  year: Scalars['Int']['input'];
};

export type RecordExpenditureInput = {
  amountFen: Scalars['SafeInt']['input'];
  /** The families this spending paid aid to: it shows on their timelines. */
  caseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  category: ExpenditureCategory;
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  /** The fund revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  fundId: Scalars['ID']['input'];
  /** The stream this spending belongs to, e.g. 'visit-…'. */
  linkedStreamId?: InputMaybe<Scalars['String']['input']>;
  spentOn: Scalars['String']['input'];
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

export type RecordSubsidyPaymentFailureInput = {
  applicationId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  failedOn: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

export type RecordVisitInput = {
  caseIds: Array<Scalars['ID']['input']>;
  /** Cash handed over, in fen; charged to fundId. */
  cashAidFen: Scalars['SafeInt']['input'];
  /** Idempotency key: re-sending a command with the same id completes it once. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  followUp?: InputMaybe<FollowUpInput>;
  /** Required exactly when cashAidFen > 0. */
  fundId?: InputMaybe<Scalars['ID']['input']>;
  goods: Array<GoodsItemInput>;
  needsFound: Array<Scalars['String']['input']>;
  personsReached: Array<PersonRefInput>;
  township: Scalars['String']['input'];
  /** Chosen by the client, or derived from commandId. */
  visitId?: InputMaybe<Scalars['ID']['input']>;
  visitType: VisitType;
  visitedOn: Scalars['String']['input'];
  visitors: Array<Scalars['String']['input']>;
};

export type RefuseSubsidyAfterNoticeInput = {
  applicationId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** Why: the objections that proved founded. */
  reason: Scalars['String']['input'];
  /** The day the county decided not to pay; not before the notice was posted. */
  refusedOn: Scalars['String']['input'];
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

export type ReissueSubsidyPaymentInput = {
  applicationId: Scalars['ID']['input'];
  /** A new one-card batch id (not used before by this application). */
  batchId: Scalars['String']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  issuedOn: Scalars['String']['input'];
  period: Scalars['String']['input'];
};

export type RejectClaimInput = {
  claimId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The stream revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
  rejectedOn: Scalars['String']['input'];
};

export type RemoveMemberInput = {
  caseId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The stream revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** Required when reason is OTHER. */
  note?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  reason: InsuranceRemovalReason;
  /** Last day of cover (for a death, the date of death). */
  removedOn: Scalars['String']['input'];
  year: Scalars['Int']['input'];
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

/** Unreversed spending of one category. */
export type ReportCategoryAmount = {
  __typename: 'ReportCategoryAmount';
  amountFen: Scalars['SafeInt']['output'];
  category: ExpenditureCategory;
};

export type ReportClaimInput = {
  caseId: Scalars['ID']['input'];
  /** Chosen by the client, or derived from commandId. */
  claimId?: InputMaybe<Scalars['ID']['input']>;
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** Short account of what happened (health data: encrypted at rest). */
  description: Scalars['String']['input'];
  eventOn: Scalars['String']['input'];
  eventType: ClaimEventType;
  /** The stream revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  personId: Scalars['ID']['input'];
  /** The policy; default: the one covering eventOn in which the person is enrolled. */
  policyYear?: InputMaybe<Scalars['Int']['input']>;
  reportedOn: Scalars['String']['input'];
};

/** One figure of the annual report (key = a target sourceQuery). */
export type ReportFigure = {
  __typename: 'ReportFigure';
  key: Scalars['String']['output'];
  /** Drill-down: exactly the records counted. */
  sources: Array<ReportSource>;
  unit: ReportFigureUnit;
  value: Scalars['SafeInt']['output'];
};

export type ReportFigureUnit =
  | 'BASIS_POINTS'
  | 'COUNT'
  | 'FEN'
  | 'PERSON';

/** A money amount of one month (YYYY-MM), with the running total of the year. */
export type ReportMonthAmount = {
  __typename: 'ReportMonthAmount';
  amountFen: Scalars['SafeInt']['output'];
  cumulativeFen: Scalars['SafeInt']['output'];
  month: Scalars['String']['output'];
};

/** Chart series of the report, from the same records as its figures. */
export type ReportSeries = {
  __typename: 'ReportSeries';
  /** Claims of the year's policy by current state (every state). */
  claimsByState: Array<ReportStateCount>;
  /** Spending of the year's funds by category (county report only; empty for a township). */
  fundSpendingByCategory: Array<ReportCategoryAmount>;
  /** All 12 months: the applications of nursingSubsidy.issuedFen by current payment issue month. */
  subsidyIssuedByMonth: Array<ReportMonthAmount>;
  /** The visits of visits.count by township and month (non-empty cells only). */
  visitsByTownshipMonth: Array<ReportTownshipMonthCount>;
};

/** One record a figure counted, with the log positions of the events that made it. */
export type ReportSource = {
  __typename: 'ReportSource';
  /** What it adds to a money figure, in fen. */
  amountFen: Maybe<Scalars['SafeInt']['output']>;
  /** The families concerned: link to each case timeline. */
  caseIds: Array<Scalars['String']['output']>;
  kind: ReportSourceKind;
  positions: Array<Scalars['SafeInt']['output']>;
  /** The record: application, claim, person, visit, activity, receipt, expenditure or donation id. */
  recordId: Scalars['String']['output'];
  streamId: Scalars['String']['output'];
};

export type ReportSourceKind =
  | 'ACTIVITY'
  | 'CASE'
  | 'CLAIM'
  | 'DONATION'
  | 'ENROLMENT'
  | 'EXPENDITURE'
  | 'FUND'
  | 'POLICY'
  | 'RECEIPT'
  | 'SUBSIDY'
  | 'TARGET'
  | 'VISIT';

/** Claims in one current state, with the settled amount (0 for other states). */
export type ReportStateCount = {
  __typename: 'ReportStateCount';
  amountFen: Scalars['SafeInt']['output'];
  count: Scalars['Int']['output'];
  state: ClaimStatus;
};

/** A performance target of the year measured against the report (财预〔2020〕10号). */
export type ReportTarget = {
  __typename: 'ReportTarget';
  /** null when the report has no figure for sourceQuery. */
  actual: Maybe<Scalars['SafeInt']['output']>;
  /** actual / value in basis points, not capped. */
  completionBp: Maybe<Scalars['Int']['output']>;
  /** The deviation reason (偏差原因) of the self-evaluation, null until explained. */
  deviationReason: Maybe<Scalars['String']['output']>;
  direction: TargetDirection;
  indicatorId: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Points earned in hundredths (1719 = 17.19). */
  score: Maybe<Scalars['Int']['output']>;
  sourceQuery: Scalars['String']['output'];
  unit: TargetUnit;
  value: Scalars['SafeInt']['output'];
  weight: Scalars['Int']['output'];
};

/** One township's figures (county-only figures are left out). */
export type ReportTownship = {
  __typename: 'ReportTownship';
  figures: Array<ReportFigure>;
  township: Scalars['String']['output'];
};

/** How many records of one township fall in one month (YYYY-MM). */
export type ReportTownshipMonthCount = {
  __typename: 'ReportTownshipMonthCount';
  count: Scalars['Int']['output'];
  month: Scalars['String']['output'];
  township: Scalars['String']['output'];
};

export type ReverseDonationInput = {
  businessDate?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  donationId: Scalars['ID']['input'];
  /** The year's stream revision the client saw. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
  /** The campaign year: the stream is donation-<year>. */
  year: Scalars['Int']['input'];
};

export type ReverseExpenditureInput = {
  /** The day the reversal is about (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The fund revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  expenditureId: Scalars['ID']['input'];
  fundId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type ReviewSubsidyByCountyInput = {
  applicationId: Scalars['ID']['input'];
  /** The civil day of the step when recorded later (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  decision: SubsidyCountyDecision;
  /** The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** Required when REJECTED. */
  opinion?: InputMaybe<Scalars['String']['input']>;
};

export type ReviewSubsidyByTownshipInput = {
  applicationId: Scalars['ID']['input'];
  /** The civil day of the step when recorded later (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  decision: SubsidyTownshipDecision;
  /** The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** Required when RETURNED. */
  opinion?: InputMaybe<Scalars['String']['input']>;
};

export type RevisePerformanceTargetInput = {
  businessDate?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<TargetDirection>;
  /** The year's target revision the client saw. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  indicatorId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  sourceQuery?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<TargetUnit>;
  value?: InputMaybe<Scalars['SafeInt']['input']>;
  weight?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type SealAnnualReportInput = {
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** Why or for whom it was sealed (e.g. 报县财政局). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** null = the county report. */
  township?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

/** A sealed report regenerated at its position and compared with the sealed figures. */
export type SealVerification = {
  __typename: 'SealVerification';
  /** The hash compared against: the seal’s, unless the caller named another. */
  figuresHash: Scalars['String']['output'];
  /** True when the regenerated figures hash equals the expected one. */
  matches: Scalars['Boolean']['output'];
  position: Scalars['SafeInt']['output'];
  regeneratedHash: Scalars['String']['output'];
  /** The regenerated figures as canonical JSON (what regeneratedHash is over). */
  regeneratedJson: Scalars['String']['output'];
  sealId: Scalars['ID']['output'];
};

/** A sealed annual report: the log position and hash it was computed at, and the hash of its figures. */
export type SealedReport = {
  __typename: 'SealedReport';
  /** sha256 of the canonical JSON of the figures. */
  figuresHash: Scalars['String']['output'];
  /** Hash of the log event at position. */
  headHash: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  position: Scalars['SafeInt']['output'];
  sealId: Scalars['ID']['output'];
  /** Instant the seal was recorded (ISO-8601 UTC). */
  sealedAt: Scalars['String']['output'];
  /** The user who sealed it. */
  sealedBy: Scalars['String']['output'];
  /** Civil date of the seal. */
  sealedOn: Scalars['String']['output'];
  /** null = the county report. */
  township: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type SendClaimToInsurerInput = {
  claimId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The stream revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The insurer's reference for the claim. */
  insurerRef: Scalars['String']['input'];
  sentOn: Scalars['String']['input'];
};

export type SetPerformanceTargetInput = {
  businessDate?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  direction: TargetDirection;
  /** The year's target revision the client saw. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  indicatorId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  /** The report figure it is measured by, e.g. 'nursingSubsidy.issuedFen'. */
  sourceQuery: Scalars['String']['input'];
  unit: TargetUnit;
  value: Scalars['SafeInt']['input'];
  weight: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

export type SettleClaimInput = {
  /** Amount paid, integer fen (0: nothing payable). */
  amountFen: Scalars['SafeInt']['input'];
  claimId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The stream revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  settledOn: Scalars['String']['input'];
};

export type SettleSubsidyReimbursementInput = {
  applicationId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  settledOn: Scalars['String']['input'];
  voucherNo: Scalars['String']['input'];
};

export type Sex =
  | 'FEMALE'
  | 'MALE';

export type SubmitClaimDocumentsInput = {
  claimId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  documents: Array<ClaimDocumentKind>;
  /** The stream revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  submittedOn: Scalars['String']['input'];
};

export type SubmitSubsidyToSunshineInput = {
  applicationId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** The application number in the sunshine approval system. */
  externalRef: Scalars['String']['input'];
  submittedOn: Scalars['String']['input'];
};

/** A nursing-subsidy application (重病大病住院护理补贴) for one hospital stay. */
export type SubsidyApplication = {
  __typename: 'SubsidyApplication';
  admissionYear: Scalars['Int']['output'];
  admittedOn: Scalars['String']['output'];
  /** Mutations valid in this state (e.g. ["reviewSubsidyByTownship","withdrawSubsidyApplication"]): show only these buttons. */
  allowedActions: Array<Scalars['String']['output']>;
  /** The computed amount in fen; every payment equals it. */
  amountFen: Scalars['SafeInt']['output'];
  /** Business date of the application. */
  appliedOn: Scalars['String']['output'];
  /** Current (latest) one-card batch. */
  batchId: Maybe<Scalars['String']['output']>;
  caseId: Scalars['ID']['output'];
  computation: SubsidyComputation;
  /** Health data: read from the encrypted log on request, not kept in the read model; null once erased. */
  diagnosisCategory: Maybe<DiagnosisCategory>;
  dischargedOn: Scalars['String']['output'];
  failedOn: Maybe<Scalars['String']['output']>;
  /** Reason of the latest failed payment. */
  failureReason: Maybe<Scalars['String']['output']>;
  hospitalGrade: HospitalGrade;
  hospitalName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Day the current payment was issued. */
  issuedOn: Maybe<Scalars['String']['output']>;
  /** Opinion of the latest return or rejection (or refusal after the notice). */
  lastOpinion: Maybe<Scalars['String']['output']>;
  lastRecordedAt: Scalars['String']['output'];
  noticeClosedOn: Maybe<Scalars['String']['output']>;
  noticeClosesOn: Maybe<Scalars['String']['output']>;
  noticeDays: Scalars['Int']['output'];
  noticePostedOn: Maybe<Scalars['String']['output']>;
  noticeRequired: Scalars['Boolean']['output'];
  paidOn: Maybe<Scalars['String']['output']>;
  /** Year of issuedOn (what the paymentYear filter matches). */
  paymentYear: Maybe<Scalars['Int']['output']>;
  /** Current subsidy period YYYYMM. */
  period: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
  /** Name of the patient as the case file shows it. */
  personName: Maybe<Scalars['String']['output']>;
  /** Stream revision the read model reflects: send it back as expectedRevision. */
  revision: Scalars['Int']['output'];
  settledOn: Maybe<Scalars['String']['output']>;
  status: SubsidyStatus;
  /** The workflow history, one step per event, in log order. */
  steps: Array<SubsidyStep>;
  submittedOn: Maybe<Scalars['String']['output']>;
  /** Reference in the sunshine approval system. */
  sunshineRef: Maybe<Scalars['String']['output']>;
  /** Township code of the application's case. */
  township: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  voucherNo: Maybe<Scalars['String']['output']>;
  /** Reason given when withdrawn. */
  withdrawnReason: Maybe<Scalars['String']['output']>;
};

export type SubsidyApplicationConnection = {
  __typename: 'SubsidyApplicationConnection';
  edges: Array<SubsidyApplicationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SubsidyApplicationEdge = {
  __typename: 'SubsidyApplicationEdge';
  cursor: Scalars['String']['output'];
  node: SubsidyApplication;
};

export type SubsidyApplicationFilter = {
  /** Calendar year of admittedOn. */
  admissionYear?: InputMaybe<Scalars['Int']['input']>;
  /** Any one-card batch the application was issued or reissued in. */
  batchId?: InputMaybe<Scalars['String']['input']>;
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** Calendar year of the current payment (issuedOn). */
  paymentYear?: InputMaybe<Scalars['Int']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<SubsidyStatus>;
  /** Township code of the application's case. */
  township?: InputMaybe<Scalars['String']['input']>;
};

/** How the amount was computed, fixed when the application was made. */
export type SubsidyComputation = {
  __typename: 'SubsidyComputation';
  amountFen: Scalars['SafeInt']['output'];
  /** Codes of the caps the rule set applied: STAY_CAP, YEAR_DAYS_CAP, YEAR_AMOUNT_CAP. */
  capsApplied: Array<Scalars['String']['output']>;
  dailyRateFen: Scalars['SafeInt']['output'];
  dayCounting: SubsidyDayCounting;
  daysCounted: Scalars['Int']['output'];
  daysPayable: Scalars['Int']['output'];
  lines: Array<SubsidyComputationLine>;
  /** Id of the rule set applied: its effectiveFrom date (the one in force on admission). */
  rulesEffectiveFrom: Scalars['String']['output'];
  /** Chronological; empty when no day counts. */
  years: Array<SubsidyYearPart>;
};

/** One line of "how this was computed", in both UI languages. */
export type SubsidyComputationLine = {
  __typename: 'SubsidyComputationLine';
  /** RULES, DAYS_COUNTED, YEAR_SPLIT, STAY_CAP, YEAR_DAYS_CAP, YEAR_AMOUNT, YEAR_AMOUNT_CAP or TOTAL. */
  code: Scalars['String']['output'];
  en: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

export type SubsidyCountyDecision =
  | 'APPROVED'
  | 'REJECTED';

export type SubsidyDayCounting =
  | 'BOTH_ENDS'
  | 'DISCHARGE_MINUS_ADMISSION';

/** One effective-dated rule set of the nursing-subsidy programme, from configuration. */
export type SubsidyRuleSet = {
  __typename: 'SubsidyRuleSet';
  capPerPersonPerYearDays: Maybe<Scalars['Int']['output']>;
  capPerPersonPerYearFen: Maybe<Scalars['SafeInt']['output']>;
  /** Null = no per-stay cap. */
  capPerStayDays: Maybe<Scalars['Int']['output']>;
  dailyRateFen: Scalars['SafeInt']['output'];
  dayCounting: SubsidyDayCounting;
  /** Applies to stays admitted on or after this day; also the rule set id. */
  effectiveFrom: Scalars['String']['output'];
  /** The day before the next rule set starts; null for the latest. */
  effectiveUntil: Maybe<Scalars['String']['output']>;
  eligibleGrades: Array<HospitalGrade>;
  /** True for the rule set in force today (Asia/Shanghai). */
  inForce: Scalars['Boolean']['output'];
  noticeDays: Scalars['Int']['output'];
  noticeRequired: Scalars['Boolean']['output'];
};

/** Workflow state of a nursing-subsidy application (labels: SUBSIDY_STATUS_LABELS). */
export type SubsidyStatus =
  | 'applied'
  | 'countyApproved'
  | 'noticeClosed'
  | 'noticePosted'
  | 'paid'
  | 'paymentFailed'
  | 'paymentIssued'
  | 'rejected'
  | 'returned'
  | 'settled'
  | 'submitted'
  | 'supplemented'
  | 'townshipApproved'
  | 'withdrawn';

/** One workflow step of an application (one event), for the steps view, in log order. */
export type SubsidyStep = {
  __typename: 'SubsidyStep';
  actorId: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  actorRole: Scalars['String']['output'];
  actorTownship: Maybe<Scalars['String']['output']>;
  /** Fen: the applied, issued or reissued amount. */
  amountFen: Maybe<Scalars['SafeInt']['output']>;
  /** One-card batch (PaymentIssued / PaymentReissued). */
  batchId: Maybe<Scalars['String']['output']>;
  /** The civil day the step is about. */
  businessDate: Maybe<Scalars['String']['output']>;
  /** Day the notice may close (NoticePosted). */
  closesOn: Maybe<Scalars['String']['output']>;
  /** The step's own date: postedOn, closedOn, refusedOn, submittedOn, issuedOn, paidOn, failedOn or settledOn. */
  date: Maybe<Scalars['String']['output']>;
  /** Sunshine-system reference (SubmittedToSunshine). */
  externalRef: Maybe<Scalars['String']['output']>;
  kind: SubsidyStepKind;
  /** What was supplemented (DocumentsSupplemented). */
  note: Maybe<Scalars['String']['output']>;
  /** Objections raised during the notice. */
  objections: Maybe<Scalars['String']['output']>;
  /** Review opinion (township / county), or why payment was refused after the notice. */
  opinion: Maybe<Scalars['String']['output']>;
  /** APPROVED / RETURNED (township), APPROVED / REJECTED (county), REFUSED (after the notice), PAID / FAILED (payment result); else null. */
  outcome: Maybe<Scalars['String']['output']>;
  /** Subsidy period YYYYMM. */
  period: Maybe<Scalars['String']['output']>;
  position: Scalars['SafeInt']['output'];
  /** Failure or withdrawal reason. */
  reason: Maybe<Scalars['String']['output']>;
  /** When it was recorded (ISO instant). */
  recordedAt: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  /** The state this step left the application in. */
  statusAfter: SubsidyStatus;
  /** Accounting voucher (ReimbursementSettled). */
  voucherNo: Maybe<Scalars['String']['output']>;
};

/** The event type that recorded the step. */
export type SubsidyStepKind =
  | 'ApplicationWithdrawn'
  | 'CountyReviewed'
  | 'DocumentsSupplemented'
  | 'NoticeClosed'
  | 'NoticePosted'
  | 'PaymentConfirmed'
  | 'PaymentFailed'
  | 'PaymentIssued'
  | 'PaymentReissued'
  | 'RefusedAfterNotice'
  | 'ReimbursementSettled'
  | 'SubmittedToSunshine'
  | 'SubsidyApplied'
  | 'TownshipReviewed';

export type SubsidyTownshipDecision =
  | 'APPROVED'
  | 'RETURNED';

/** The part of a stay in one calendar year (a stay crossing 31 December has two). */
export type SubsidyYearPart = {
  __typename: 'SubsidyYearPart';
  /** Fen, after the per-person-per-year amount cap. */
  amountFen: Scalars['SafeInt']['output'];
  /** True when a cap reduced this year below daysCounted × daily rate. */
  capped: Scalars['Boolean']['output'];
  daysCounted: Scalars['Int']['output'];
  /** Days left after the per-stay and per-person-per-year day caps. */
  daysPayable: Scalars['Int']['output'];
  /** First counted day of the stay in this year. */
  firstDay: Scalars['String']['output'];
  /** Last counted day of the stay in this year. */
  lastDay: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type SupplementSubsidyDocumentsInput = {
  applicationId: Scalars['ID']['input'];
  /** The civil day of the step when recorded later (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** What was supplemented or corrected. */
  note: Scalars['String']['input'];
};

export type TargetChangeKind =
  | 'EXPLAINED'
  | 'REVISED'
  | 'SET'
  | 'WITHDRAWN';

export type TargetDirection =
  | 'AT_LEAST'
  | 'AT_MOST';

/** One change of a target: who, when, what and why. */
export type TargetRevision = {
  __typename: 'TargetRevision';
  actorId: Scalars['String']['output'];
  actorName: Scalars['String']['output'];
  businessDate: Scalars['String']['output'];
  /** The fields set (SET) or changed (REVISED); {} for the others. */
  changes: Scalars['JSON']['output'];
  kind: TargetChangeKind;
  position: Scalars['SafeInt']['output'];
  reason: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['String']['output'];
};

export type TargetStatus =
  | 'ACTIVE'
  | 'WITHDRAWN';

export type TargetUnit =
  | 'COUNT'
  | 'FEN'
  | 'PERCENT_BP'
  | 'PERSON'
  | 'PERSON_TIME';

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

export type VenueKind =
  | 'MEMBERS_HOME'
  | 'OTHER'
  | 'WARM_HEART_HOME';

/** A visit (走访慰问) as recorded and amended. */
export type Visit = {
  __typename: 'Visit';
  amendmentCount: Scalars['Int']['output'];
  caseCount: Scalars['Int']['output'];
  caseIds: Array<Scalars['ID']['output']>;
  cashAidFen: Scalars['SafeInt']['output'];
  followUp: Maybe<FollowUp>;
  /** The fund the cash aid is charged to. */
  fundId: Maybe<Scalars['ID']['output']>;
  goods: Array<GoodsItem>;
  goodsValueFen: Scalars['SafeInt']['output'];
  id: Scalars['ID']['output'];
  lastRecordedAt: Scalars['String']['output'];
  needsFound: Array<Scalars['String']['output']>;
  personsReached: Array<PersonReached>;
  /** People reached: distinct persons met. */
  personsReachedCount: Scalars['Int']['output'];
  recordedAt: Scalars['String']['output'];
  recordedBy: Scalars['String']['output'];
  /** Stream revision: send it back as expectedRevision. */
  revision: Scalars['Int']['output'];
  status: VisitStatus;
  township: Scalars['String']['output'];
  townshipName: Scalars['String']['output'];
  visitType: VisitType;
  visitedOn: Scalars['String']['output'];
  visitors: Array<Scalars['String']['output']>;
  voidReason: Maybe<Scalars['String']['output']>;
};

export type VisitConnection = {
  __typename: 'VisitConnection';
  edges: Array<VisitEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VisitEdge = {
  __typename: 'VisitEdge';
  cursor: Scalars['String']['output'];
  node: Visit;
};

export type VisitFilter = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** Visited on or after this civil date. */
  from?: InputMaybe<Scalars['String']['input']>;
  fundId?: InputMaybe<Scalars['ID']['input']>;
  /** Voided visits are left out unless true. */
  includeVoided?: InputMaybe<Scalars['Boolean']['input']>;
  /** Visited on or before this civil date. */
  to?: InputMaybe<Scalars['String']['input']>;
  township?: InputMaybe<Scalars['String']['input']>;
  visitType?: InputMaybe<VisitType>;
};

export type VisitStatus =
  | 'RECORDED'
  | 'VOIDED';

export type VisitType =
  | 'BIRTHDAY'
  | 'COUNSELLING'
  | 'EMERGENCY'
  | 'HOLIDAY'
  | 'HOME'
  | 'HOSPITAL'
  | 'NEEDS_SURVEY'
  | 'PHONE';

export type VoidVisitInput = {
  /** Idempotency key: re-sending a command with the same id completes it once. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
  visitId: Scalars['ID']['input'];
};

export type WithdrawClaimInput = {
  /** The day of the withdrawal (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  claimId: Scalars['ID']['input'];
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The stream revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
};

export type WithdrawPerformanceTargetInput = {
  businessDate?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The year's target revision the client saw. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  indicatorId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type WithdrawSubsidyApplicationInput = {
  applicationId: Scalars['ID']['input'];
  /** The civil day of the step when recorded later (default: today, Asia/Shanghai). */
  businessDate?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key: re-sending a command with the same id is a no-op. */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
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
      ) }>, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }
    ) } };

export type AuditTrailTable_EventFragment = { __typename: 'AuditEvent', eventId: string, position: number, type: string, data: unknown, recordedAt: string, businessDate: string | null, actorName: string, actorRole: string, actorTownship: string | null, reason: string | null } & { ' $fragmentName'?: 'AuditTrailTable_EventFragment' };

export type CaseListQueryVariables = Exact<{
  filter: InputMaybe<CaseFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type CaseListQuery = { __typename: 'Query', cases: { __typename: 'CaseConnection', totalCount: number, edges: Array<{ __typename: 'CaseEdge', cursor: string, node: (
        { __typename: 'Case', id: string }
        & { ' $fragmentRefs'?: { 'CaseTable_CaseFragment': CaseTable_CaseFragment } }
      ) }>, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }
    ) } };

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

export type DonationYearFigures_YearFragment = { __typename: 'DonationYear', year: number, count: number, amountFen: number, matchingFen: number, totalFen: number } & { ' $fragmentName'?: 'DonationYearFigures_YearFragment' };

export type RecordDonationMutationVariables = Exact<{
  input: RecordDonationInput;
}>;


export type RecordDonationMutation = { __typename: 'Mutation', recordDonation: { __typename: 'CommandResult', id: string, createdId: string | null, position: number } };

export type ReverseDonationMutationVariables = Exact<{
  input: ReverseDonationInput;
}>;


export type ReverseDonationMutation = { __typename: 'Mutation', reverseDonation: { __typename: 'CommandResult', id: string, position: number } };

export type DonationsPageQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  previousYear: Scalars['Int']['input'];
  channel: InputMaybe<DonationChannel>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type DonationsPageQuery = { __typename: 'Query', thisYear: (
    { __typename: 'DonationYear' }
    & { ' $fragmentRefs'?: { 'DonationYearFigures_YearFragment': DonationYearFigures_YearFragment } }
  ), previousYear: { __typename: 'DonationYear', year: number, totalFen: number }, donations: { __typename: 'DonationConnection', totalCount: number, edges: Array<{ __typename: 'DonationEdge', cursor: string, node: { __typename: 'Donation', year: number, donationId: string, receivedOn: string, channel: DonationChannel, source: string, amountFen: number, matchingFen: number, totalFen: number, status: DonationStatus, reversalReason: string | null } }>, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }
    ) } };

export type ExitCaseMutationVariables = Exact<{
  input: ExitCaseInput;
}>;


export type ExitCaseMutation = { __typename: 'Mutation', exitCase: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type FamilySearchQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
}>;


export type FamilySearchQuery = { __typename: 'Query', cases: { __typename: 'CaseConnection', edges: Array<{ __typename: 'CaseEdge', node: { __typename: 'Case', id: string, headName: string | null, townshipName: string, village: string, members: Array<{ __typename: 'Member', personId: string, name: string, idNumberMasked: string, deceased: boolean }> } }> } };

export type AllocateBudgetMutationVariables = Exact<{
  input: AllocateBudgetInput;
}>;


export type AllocateBudgetMutation = { __typename: 'Mutation', allocateBudget: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type ReceiveFundsMutationVariables = Exact<{
  input: ReceiveFundsInput;
}>;


export type ReceiveFundsMutation = { __typename: 'Mutation', receiveFunds: { __typename: 'CommandResult', id: string, createdId: string | null, position: number } };

export type RecordExpenditureMutationVariables = Exact<{
  input: RecordExpenditureInput;
}>;


export type RecordExpenditureMutation = { __typename: 'Mutation', recordExpenditure: { __typename: 'CommandResult', id: string, createdId: string | null, position: number } };

export type ReverseExpenditureMutationVariables = Exact<{
  input: ReverseExpenditureInput;
}>;


export type ReverseExpenditureMutation = { __typename: 'Mutation', reverseExpenditure: { __typename: 'CommandResult', id: string, position: number } };

export type AdjustAllocationMutationVariables = Exact<{
  input: AdjustAllocationInput;
}>;


export type AdjustAllocationMutation = { __typename: 'Mutation', adjustAllocation: { __typename: 'CommandResult', id: string, createdId: string | null, position: number } };

export type SetPerformanceTargetMutationVariables = Exact<{
  input: SetPerformanceTargetInput;
}>;


export type SetPerformanceTargetMutation = { __typename: 'Mutation', setPerformanceTarget: { __typename: 'CommandResult', id: string, position: number } };

export type RevisePerformanceTargetMutationVariables = Exact<{
  input: RevisePerformanceTargetInput;
}>;


export type RevisePerformanceTargetMutation = { __typename: 'Mutation', revisePerformanceTarget: { __typename: 'CommandResult', id: string, position: number } };

export type WithdrawPerformanceTargetMutationVariables = Exact<{
  input: WithdrawPerformanceTargetInput;
}>;


export type WithdrawPerformanceTargetMutation = { __typename: 'Mutation', withdrawPerformanceTarget: { __typename: 'CommandResult', id: string, position: number } };

export type FundsPageQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type FundsPageQuery = { __typename: 'Query', funds: { __typename: 'FundConnection', totalCount: number, edges: Array<{ __typename: 'FundEdge', cursor: string, node: { __typename: 'Fund', id: string, year: number, code: string, name: string, allocatedFen: number, receivedFen: number, spentFen: number, remainingFen: number } }>, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }
    ) } };

export type FundPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type FundPageQuery = { __typename: 'Query', fund: { __typename: 'Fund', id: string, year: number, name: string, purpose: string, revision: number, allocatedFen: number, receivedFen: number, spentFen: number, remainingFen: number, figures: { __typename: 'FundFigures', basicSpentFen: number, balanceFen: number, receivedGapFen: number, byCategory: Array<{ __typename: 'CategoryFigure', category: ExpenditureCategory, spentFen: number, shareBp: number, basicShareBp: number | null }> } } | null };

export type FundLedgerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  category: InputMaybe<ExpenditureCategory>;
  dateFrom: InputMaybe<Scalars['String']['input']>;
  dateTo: InputMaybe<Scalars['String']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type FundLedgerQuery = { __typename: 'Query', fund: { __typename: 'Fund', id: string, ledger: { __typename: 'FundLedgerConnection', totalCount: number, edges: Array<{ __typename: 'FundLedgerEdge', cursor: string, node: { __typename: 'FundLedgerEntry', position: number, kind: LedgerEntryKind, date: string, entryId: string, amountFen: number, category: ExpenditureCategory | null, description: string | null, source: string | null, reason: string | null, reversed: boolean, runningRemainingFen: number, runningBalanceFen: number, actorName: string, linked: { __typename: 'LinkedRecord', streamId: string, kind: LinkedRecordKind, recordId: string } | null } }>, pageInfo: (
        { __typename: 'PageInfo' }
        & { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }
      ) } } | null };

export type PerformanceTargetsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type PerformanceTargetsQuery = { __typename: 'Query', performanceTargets: Array<{ __typename: 'PerformanceTarget', indicatorId: string, name: string, direction: TargetDirection, value: number, unit: TargetUnit, weight: number, sourceQuery: string, status: TargetStatus, history: Array<{ __typename: 'TargetRevision', position: number, kind: TargetChangeKind, changes: unknown, reason: string | null, actorName: string, businessDate: string }> }> };

export type ClaimTable_ClaimFragment = { __typename: 'InsuranceClaim', id: string, policyYear: number, personName: string | null, idNumberMasked: string | null, townshipName: string | null, eventType: ClaimEventType, eventOn: string, reportedOn: string, status: ClaimStatus, settledAmountFen: number | null } & { ' $fragmentName'?: 'ClaimTable_ClaimFragment' };

export type EnrolmentTable_EnrolmentFragment = { __typename: 'InsuranceEnrolment', id: string, policyId: string, year: number, caseId: string, personId: string, personName: string | null, idNumberMasked: string | null, townshipName: string | null, enrolledOn: string, coverageFrom: string, coverageTo: string, removedOn: string | null, removalReason: InsuranceRemovalReason | null, removalNote: string | null, active: boolean } & { ' $fragmentName'?: 'EnrolmentTable_EnrolmentFragment' };

export type PurchasePolicyMutationVariables = Exact<{
  input: PurchasePolicyInput;
}>;


export type PurchasePolicyMutation = { __typename: 'Mutation', purchasePolicy: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type EnrolMemberMutationVariables = Exact<{
  input: EnrolMemberInput;
}>;


export type EnrolMemberMutation = { __typename: 'Mutation', enrolMember: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { __typename: 'Mutation', removeMember: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type ReportClaimMutationVariables = Exact<{
  input: ReportClaimInput;
}>;


export type ReportClaimMutation = { __typename: 'Mutation', reportClaim: { __typename: 'CommandResult', id: string, createdId: string | null, revision: number, position: number } };

export type SubmitClaimDocumentsMutationVariables = Exact<{
  input: SubmitClaimDocumentsInput;
}>;


export type SubmitClaimDocumentsMutation = { __typename: 'Mutation', submitClaimDocuments: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type SendClaimToInsurerMutationVariables = Exact<{
  input: SendClaimToInsurerInput;
}>;


export type SendClaimToInsurerMutation = { __typename: 'Mutation', sendClaimToInsurer: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type SettleClaimMutationVariables = Exact<{
  input: SettleClaimInput;
}>;


export type SettleClaimMutation = { __typename: 'Mutation', settleClaim: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type RejectClaimMutationVariables = Exact<{
  input: RejectClaimInput;
}>;


export type RejectClaimMutation = { __typename: 'Mutation', rejectClaim: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type WithdrawClaimMutationVariables = Exact<{
  input: WithdrawClaimInput;
}>;


export type WithdrawClaimMutation = { __typename: 'Mutation', withdrawClaim: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type InsurancePoliciesQueryVariables = Exact<{
  filter: InputMaybe<InsurancePolicyFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type InsurancePoliciesQuery = { __typename: 'Query', insurancePolicies: { __typename: 'InsurancePolicyConnection', totalCount: number, edges: Array<{ __typename: 'InsurancePolicyEdge', cursor: string, node: { __typename: 'InsurancePolicy', id: string, year: number, insurer: string, product: string, premiumPerPersonFen: number, coverageFrom: string, coverageTo: string, enrolledCount: number, insuredPersons: number, premiumTotalFen: number } }>, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }
    ) } };

export type InsurancePolicyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  township: InputMaybe<Scalars['String']['input']>;
  activeOnly: InputMaybe<Scalars['Boolean']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type InsurancePolicyQuery = { __typename: 'Query', insurancePolicy: { __typename: 'InsurancePolicy', id: string, year: number, insurer: string, product: string, premiumPerPersonFen: number, coverageFrom: string, coverageTo: string, purchasedOn: string, targetEnrolment: number | null, enrolledCount: number, insuredPersons: number, premiumTotalFen: number, revision: number, enrolments: Array<(
      { __typename: 'InsuranceEnrolment' }
      & { ' $fragmentRefs'?: { 'EnrolmentTable_EnrolmentFragment': EnrolmentTable_EnrolmentFragment } }
    )> } | null };

export type InsuranceClaimsQueryVariables = Exact<{
  filter: InputMaybe<InsuranceClaimFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type InsuranceClaimsQuery = { __typename: 'Query', insuranceClaims: { __typename: 'InsuranceClaimConnection', totalCount: number, edges: Array<{ __typename: 'InsuranceClaimEdge', cursor: string, node: (
        { __typename: 'InsuranceClaim', id: string }
        & { ' $fragmentRefs'?: { 'ClaimTable_ClaimFragment': ClaimTable_ClaimFragment } }
      ) }>, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }
    ) } };

export type InsuranceClaimQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type InsuranceClaimQuery = { __typename: 'Query', insuranceClaim: { __typename: 'InsuranceClaimDetail', id: string, policyId: string, caseId: string, personName: string | null, idNumberMasked: string | null, townshipName: string | null, eventType: ClaimEventType, eventOn: string, reportedOn: string, status: ClaimStatus, documents: Array<ClaimDocumentKind>, lastSubmittedOn: string | null, sentOn: string | null, insurerRef: string | null, settledAmountFen: number | null, settledOn: string | null, rejectionReason: string | null, rejectedOn: string | null, withdrawalReason: string | null, revision: number, description: string | null, history: Array<{ __typename: 'ClaimHistoryEntry', position: number, type: string, businessDate: string | null, recordedAt: string, actorName: string, reason: string | null }> } | null };

export type CaseInsuranceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type CaseInsuranceQuery = { __typename: 'Query', case: { __typename: 'Case', id: string, insuranceEnrolments: Array<(
      { __typename: 'InsuranceEnrolment' }
      & { ' $fragmentRefs'?: { 'EnrolmentTable_EnrolmentFragment': EnrolmentTable_EnrolmentFragment } }
    )>, insuranceClaims: Array<(
      { __typename: 'InsuranceClaim', id: string }
      & { ' $fragmentRefs'?: { 'ClaimTable_ClaimFragment': ClaimTable_ClaimFragment } }
    )> } | null };

export type IntegrityQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrityQuery = { __typename: 'Query', integrity: { __typename: 'IntegrityReport', ok: boolean, checked: number, headPosition: number, headHash: string, brokenAt: number | null, problem: string | null, checkedAt: string } };

export type PageInfoFieldsFragment = { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } & { ' $fragmentName'?: 'PageInfoFieldsFragment' };

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

export type ExplainTargetDeviationMutationVariables = Exact<{
  input: ExplainTargetDeviationInput;
}>;


export type ExplainTargetDeviationMutation = { __typename: 'Mutation', explainTargetDeviation: { __typename: 'CommandResult', id: string, position: number } };

export type AnnualReportPageQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  township: InputMaybe<Scalars['String']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type AnnualReportPageQuery = { __typename: 'Query', annualReport: { __typename: 'AnnualReport', year: number, township: string | null, position: number, figures: Array<{ __typename: 'ReportFigure', key: string, unit: ReportFigureUnit, value: number, sources: Array<{ __typename: 'ReportSource', kind: ReportSourceKind, recordId: string, streamId: string, caseIds: Array<string>, amountFen: number | null, positions: Array<number> }> }>, series: { __typename: 'ReportSeries', subsidyIssuedByMonth: Array<{ __typename: 'ReportMonthAmount', month: string, amountFen: number, cumulativeFen: number }>, visitsByTownshipMonth: Array<{ __typename: 'ReportTownshipMonthCount', township: string, month: string, count: number }>, claimsByState: Array<{ __typename: 'ReportStateCount', state: ClaimStatus, count: number, amountFen: number }>, fundSpendingByCategory: Array<{ __typename: 'ReportCategoryAmount', category: ExpenditureCategory, amountFen: number }> }, targets: Array<{ __typename: 'ReportTarget', indicatorId: string, name: string, direction: TargetDirection, unit: TargetUnit, value: number, actual: number | null, completionBp: number | null, weight: number, score: number | null, sourceQuery: string, deviationReason: string | null }> } };

export type ReportYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportYearsQuery = { __typename: 'Query', annualReportYears: Array<number> };

export type SealedReportsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type SealedReportsQuery = { __typename: 'Query', sealedReports: Array<{ __typename: 'SealedReport', sealId: string, year: number, township: string | null, position: number, headHash: string, figuresHash: string, sealedOn: string, sealedAt: string, sealedBy: string, note: string | null }> };

export type SealAnnualReportMutationVariables = Exact<{
  input: SealAnnualReportInput;
}>;


export type SealAnnualReportMutation = { __typename: 'Mutation', sealAnnualReport: { __typename: 'CommandResult', id: string, createdId: string | null, position: number } };

export type VerifySealedReportQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  sealId: Scalars['ID']['input'];
}>;


export type VerifySealedReportQuery = { __typename: 'Query', verifySealedReport: { __typename: 'SealVerification', sealId: string, matches: boolean, figuresHash: string, regeneratedHash: string, position: number } };

export type ActingUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type ActingUsersQuery = { __typename: 'Query', users: Array<{ __typename: 'Actor', id: string, name: string, role: string, townshipName: string | null }> };

export type SubsidyCaseMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubsidyCaseMembersQuery = { __typename: 'Query', case: { __typename: 'Case', id: string, members: Array<{ __typename: 'Member', personId: string, name: string, relation: MemberRelation }> } | null };

export type CaseSubsidiesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type CaseSubsidiesQuery = { __typename: 'Query', case: { __typename: 'Case', id: string, headName: string | null, townshipName: string, village: string, subsidyApplications: Array<(
      { __typename: 'SubsidyApplication', id: string }
      & { ' $fragmentRefs'?: { 'SubsidyTable_ApplicationFragment': SubsidyTable_ApplicationFragment } }
    )> } | null };

export type SubsidyComputation_ApplicationFragment = { __typename: 'SubsidyApplication', computation: { __typename: 'SubsidyComputation', rulesEffectiveFrom: string, dayCounting: SubsidyDayCounting, dailyRateFen: number, daysCounted: number, daysPayable: number, amountFen: number, capsApplied: Array<string>, years: Array<{ __typename: 'SubsidyYearPart', year: number, firstDay: string, lastDay: string, daysCounted: number, daysPayable: number, amountFen: number, capped: boolean }>, lines: Array<{ __typename: 'SubsidyComputationLine', code: string, zh: string, en: string }> } } & { ' $fragmentName'?: 'SubsidyComputation_ApplicationFragment' };

export type SubsidyHeader_ApplicationFragment = { __typename: 'SubsidyApplication', id: string, caseId: string, personName: string | null, townshipName: string, hospitalName: string, hospitalGrade: HospitalGrade, admittedOn: string, dischargedOn: string, appliedOn: string, status: SubsidyStatus, amountFen: number, sunshineRef: string | null } & { ' $fragmentName'?: 'SubsidyHeader_ApplicationFragment' };

export type SubsidyFamilyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubsidyFamilyQuery = { __typename: 'Query', case: { __typename: 'Case', id: string, headName: string | null } | null };

export type SubsidyListQueryVariables = Exact<{
  filter: InputMaybe<SubsidyApplicationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type SubsidyListQuery = { __typename: 'Query', subsidyApplications: { __typename: 'SubsidyApplicationConnection', totalCount: number, edges: Array<{ __typename: 'SubsidyApplicationEdge', cursor: string, node: (
        { __typename: 'SubsidyApplication', id: string }
        & { ' $fragmentRefs'?: { 'SubsidyTable_ApplicationFragment': SubsidyTable_ApplicationFragment } }
      ) }>, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }
    ) } };

export type SubsidyPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type SubsidyPageQuery = { __typename: 'Query', subsidyApplication: (
    { __typename: 'SubsidyApplication', id: string, revision: number, status: SubsidyStatus, noticeRequired: boolean, amountFen: number, personName: string | null }
    & { ' $fragmentRefs'?: { 'SubsidyHeader_ApplicationFragment': SubsidyHeader_ApplicationFragment;'SubsidyComputation_ApplicationFragment': SubsidyComputation_ApplicationFragment;'SubsidySteps_ApplicationFragment': SubsidySteps_ApplicationFragment } }
  ) | null };

export type SubsidySteps_ApplicationFragment = { __typename: 'SubsidyApplication', noticeRequired: boolean, steps: Array<{ __typename: 'SubsidyStep', position: number, kind: SubsidyStepKind, outcome: string | null, recordedAt: string, actorName: string, actorRole: string, date: string | null, opinion: string | null, reason: string | null, note: string | null, objections: string | null, closesOn: string | null, externalRef: string | null, batchId: string | null, period: string | null, voucherNo: string | null }> } & { ' $fragmentName'?: 'SubsidySteps_ApplicationFragment' };

export type SubsidyTable_ApplicationFragment = { __typename: 'SubsidyApplication', id: string, personName: string | null, townshipName: string, hospitalName: string, admittedOn: string, dischargedOn: string, status: SubsidyStatus, amountFen: number } & { ' $fragmentName'?: 'SubsidyTable_ApplicationFragment' };

export type ApplyForSubsidyMutationVariables = Exact<{
  input: ApplyForSubsidyInput;
}>;


export type ApplyForSubsidyMutation = { __typename: 'Mutation', applyForSubsidy: { __typename: 'CommandResult', id: string, createdId: string | null, revision: number, position: number } };

export type ReviewSubsidyByTownshipMutationVariables = Exact<{
  input: ReviewSubsidyByTownshipInput;
}>;


export type ReviewSubsidyByTownshipMutation = { __typename: 'Mutation', reviewSubsidyByTownship: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type SupplementSubsidyDocumentsMutationVariables = Exact<{
  input: SupplementSubsidyDocumentsInput;
}>;


export type SupplementSubsidyDocumentsMutation = { __typename: 'Mutation', supplementSubsidyDocuments: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type ReviewSubsidyByCountyMutationVariables = Exact<{
  input: ReviewSubsidyByCountyInput;
}>;


export type ReviewSubsidyByCountyMutation = { __typename: 'Mutation', reviewSubsidyByCounty: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type PostSubsidyNoticeMutationVariables = Exact<{
  input: PostSubsidyNoticeInput;
}>;


export type PostSubsidyNoticeMutation = { __typename: 'Mutation', postSubsidyNotice: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type CloseSubsidyNoticeMutationVariables = Exact<{
  input: CloseSubsidyNoticeInput;
}>;


export type CloseSubsidyNoticeMutation = { __typename: 'Mutation', closeSubsidyNotice: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type RefuseSubsidyAfterNoticeMutationVariables = Exact<{
  input: RefuseSubsidyAfterNoticeInput;
}>;


export type RefuseSubsidyAfterNoticeMutation = { __typename: 'Mutation', refuseSubsidyAfterNotice: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type SubmitSubsidyToSunshineMutationVariables = Exact<{
  input: SubmitSubsidyToSunshineInput;
}>;


export type SubmitSubsidyToSunshineMutation = { __typename: 'Mutation', submitSubsidyToSunshine: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type IssueSubsidyPaymentMutationVariables = Exact<{
  input: IssueSubsidyPaymentInput;
}>;


export type IssueSubsidyPaymentMutation = { __typename: 'Mutation', issueSubsidyPayment: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type ConfirmSubsidyPaymentMutationVariables = Exact<{
  input: ConfirmSubsidyPaymentInput;
}>;


export type ConfirmSubsidyPaymentMutation = { __typename: 'Mutation', confirmSubsidyPayment: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type RecordSubsidyPaymentFailureMutationVariables = Exact<{
  input: RecordSubsidyPaymentFailureInput;
}>;


export type RecordSubsidyPaymentFailureMutation = { __typename: 'Mutation', recordSubsidyPaymentFailure: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type ReissueSubsidyPaymentMutationVariables = Exact<{
  input: ReissueSubsidyPaymentInput;
}>;


export type ReissueSubsidyPaymentMutation = { __typename: 'Mutation', reissueSubsidyPayment: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type SettleSubsidyReimbursementMutationVariables = Exact<{
  input: SettleSubsidyReimbursementInput;
}>;


export type SettleSubsidyReimbursementMutation = { __typename: 'Mutation', settleSubsidyReimbursement: { __typename: 'CommandResult', id: string, revision: number, position: number } };

export type WithdrawSubsidyApplicationMutationVariables = Exact<{
  input: WithdrawSubsidyApplicationInput;
}>;


export type WithdrawSubsidyApplicationMutation = { __typename: 'Mutation', withdrawSubsidyApplication: { __typename: 'CommandResult', id: string, revision: number, position: number } };

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

export type VisitFieldsFragment = { __typename: 'Visit', id: string, visitType: VisitType, visitedOn: string, township: string, townshipName: string, visitors: Array<string>, caseIds: Array<string>, personsReachedCount: number, caseCount: number, needsFound: Array<string>, cashAidFen: number, fundId: string | null, goodsValueFen: number, status: VisitStatus, voidReason: string | null, amendmentCount: number, revision: number, personsReached: Array<{ __typename: 'PersonReached', caseId: string, personId: string, name: string | null }>, followUp: { __typename: 'FollowUp', action: string, dueOn: string } | null, goods: Array<{ __typename: 'GoodsItem', description: string, quantity: number, valueFen: number }> } & { ' $fragmentName'?: 'VisitFieldsFragment' };

export type ActivityFieldsFragment = { __typename: 'Activity', id: string, venueKind: VenueKind, venueName: string, heldOn: string, topic: string, township: string | null, townshipName: string | null, attendeeCount: number, caseCount: number, cashAidFen: number, fundId: string | null, correctionCount: number, revision: number, attendees: Array<{ __typename: 'PersonReached', caseId: string, personId: string, name: string | null }> } & { ' $fragmentName'?: 'ActivityFieldsFragment' };

export type VisitsQueryVariables = Exact<{
  filter: InputMaybe<VisitFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type VisitsQuery = { __typename: 'Query', visits: { __typename: 'VisitConnection', totalCount: number, edges: Array<{ __typename: 'VisitEdge', cursor: string, node: (
        { __typename: 'Visit' }
        & { ' $fragmentRefs'?: { 'VisitFieldsFragment': VisitFieldsFragment } }
      ) }>, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }
    ) } };

export type ActivitiesQueryVariables = Exact<{
  filter: InputMaybe<ActivityFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  minPosition: InputMaybe<Scalars['SafeInt']['input']>;
}>;


export type ActivitiesQuery = { __typename: 'Query', activities: { __typename: 'ActivityConnection', totalCount: number, edges: Array<{ __typename: 'ActivityEdge', cursor: string, node: (
        { __typename: 'Activity' }
        & { ' $fragmentRefs'?: { 'ActivityFieldsFragment': ActivityFieldsFragment } }
      ) }>, pageInfo: (
      { __typename: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'PageInfoFieldsFragment': PageInfoFieldsFragment } }
    ) } };

export type VisitCaseMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VisitCaseMembersQuery = { __typename: 'Query', case: { __typename: 'Case', id: string, headName: string | null, township: string, members: Array<{ __typename: 'Member', personId: string, name: string, deceased: boolean }> } | null };

export type VisitFundsQueryVariables = Exact<{
  year: InputMaybe<Scalars['Int']['input']>;
}>;


export type VisitFundsQuery = { __typename: 'Query', funds: { __typename: 'FundConnection', edges: Array<{ __typename: 'FundEdge', node: { __typename: 'Fund', id: string, name: string, remainingFen: number } }> } };

export type RecordVisitMutationVariables = Exact<{
  input: RecordVisitInput;
}>;


export type RecordVisitMutation = { __typename: 'Mutation', recordVisit: { __typename: 'CommandResult', id: string, createdId: string | null, revision: number, position: number } };

export type AmendVisitMutationVariables = Exact<{
  input: AmendVisitInput;
}>;


export type AmendVisitMutation = { __typename: 'Mutation', amendVisit: { __typename: 'CommandResult', id: string, createdId: string | null, revision: number, position: number } };

export type VoidVisitMutationVariables = Exact<{
  input: VoidVisitInput;
}>;


export type VoidVisitMutation = { __typename: 'Mutation', voidVisit: { __typename: 'CommandResult', id: string, createdId: string | null, revision: number, position: number } };

export type HoldActivityMutationVariables = Exact<{
  input: HoldActivityInput;
}>;


export type HoldActivityMutation = { __typename: 'Mutation', holdActivity: { __typename: 'CommandResult', id: string, createdId: string | null, revision: number, position: number } };

export type CorrectAttendanceMutationVariables = Exact<{
  input: CorrectAttendanceInput;
}>;


export type CorrectAttendanceMutation = { __typename: 'Mutation', correctAttendance: { __typename: 'CommandResult', id: string, createdId: string | null, revision: number, position: number } };

export const AuditEventDrawer_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventDrawer_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"schemaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorTownship"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"causationId"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}}]}}]} as unknown as DocumentNode<AuditEventDrawer_EventFragment, unknown>;
export const AuditTrailTable_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailTable_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorTownship"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<AuditTrailTable_EventFragment, unknown>;
export const CaseTable_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}}]}}]} as unknown as DocumentNode<CaseTable_CaseFragment, unknown>;
export const CaseActions_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActions_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]} as unknown as DocumentNode<CaseActions_CaseFragment, unknown>;
export const CaseHeader_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseHeader_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CaseHeader_CaseFragment, unknown>;
export const MemberActions_MemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberActions_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}}]}}]} as unknown as DocumentNode<MemberActions_MemberFragment, unknown>;
export const MembersTable_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}},{"kind":"Field","name":{"kind":"Name","value":"diedOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberActions_member"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberActions_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}}]}}]} as unknown as DocumentNode<MembersTable_CaseFragment, unknown>;
export const CaseTimeline_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimeline_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CaseTimeline_CaseFragment, unknown>;
export const DonationYearFigures_YearFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DonationYearFigures_year"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DonationYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"matchingFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}}]} as unknown as DocumentNode<DonationYearFigures_YearFragment, unknown>;
export const ClaimTable_ClaimFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimTable_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyYear"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"settledAmountFen"}}]}}]} as unknown as DocumentNode<ClaimTable_ClaimFragment, unknown>;
export const EnrolmentTable_EnrolmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentTable_enrolment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceEnrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"coverageFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverageTo"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"removalNote"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<EnrolmentTable_EnrolmentFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const SubsidyComputation_ApplicationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyComputation_application"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rulesEffectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dayCounting"}},{"kind":"Field","name":{"kind":"Name","value":"dailyRateFen"}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"daysPayable"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"capsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"daysPayable"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<SubsidyComputation_ApplicationFragment, unknown>;
export const SubsidyHeader_ApplicationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyHeader_application"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalName"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"sunshineRef"}}]}}]} as unknown as DocumentNode<SubsidyHeader_ApplicationFragment, unknown>;
export const SubsidySteps_ApplicationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidySteps_application"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"voucherNo"}}]}}]}}]} as unknown as DocumentNode<SubsidySteps_ApplicationFragment, unknown>;
export const SubsidyTable_ApplicationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyTable_application"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalName"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]} as unknown as DocumentNode<SubsidyTable_ApplicationFragment, unknown>;
export const ProjectionsTable_ProjectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectionsTable_projection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectionHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"headPosition"}},{"kind":"Field","name":{"kind":"Name","value":"lag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failedPosition"}},{"kind":"Field","name":{"kind":"Name","value":"failedEventId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<ProjectionsTable_ProjectionFragment, unknown>;
export const VisitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"personsReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personsReachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"needsFound"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashAidFen"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"valueFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goodsValueFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"amendmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<VisitFieldsFragment, unknown>;
export const ActivityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"cashAidFen"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"correctionCount"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]} as unknown as DocumentNode<ActivityFieldsFragment, unknown>;
export const AddCaseNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCaseNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCaseNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCaseNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<AddCaseNoteMutation, AddCaseNoteMutationVariables>;
export const AssignContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<AssignContactMutation, AssignContactMutationVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditTrailTable_event"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventDrawer_event"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditTrailTable_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorTownship"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventDrawer_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"schemaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorTownship"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"causationId"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const CaseListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTable_case"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<CaseListQuery, CaseListQueryVariables>;
export const OpenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const CasePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOf"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseHeader_case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseActions_case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersTable_case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTimeline_case"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberActions_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseHeader_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"exitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseActions_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}},{"kind":"Field","name":{"kind":"Name","value":"diedOn"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberActions_member"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTimeline_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const ChangeCaseCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCaseCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCaseCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCaseCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ChangeCaseCategoryMutation, ChangeCaseCategoryMutationVariables>;
export const CorrectMemberDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectMemberDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectMemberDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctMemberDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<CorrectMemberDetailsMutation, CorrectMemberDetailsMutationVariables>;
export const RecordDonationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDonation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDonationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDonation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RecordDonationMutation, RecordDonationMutationVariables>;
export const ReverseDonationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseDonation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReverseDonationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseDonation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReverseDonationMutation, ReverseDonationMutationVariables>;
export const DonationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DonationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DonationChannel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"thisYear"},"name":{"kind":"Name","value":"donationYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DonationYearFigures_year"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"previousYear"},"name":{"kind":"Name","value":"donationYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"donationId"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"matchingFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reversalReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DonationYearFigures_year"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DonationYear"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"matchingFen"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<DonationsPageQuery, DonationsPageQueryVariables>;
export const ExitCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExitCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExitCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exitCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ExitCaseMutation, ExitCaseMutationVariables>;
export const FamilySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FamilySearchQuery, FamilySearchQueryVariables>;
export const AllocateBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateBudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<AllocateBudgetMutation, AllocateBudgetMutationVariables>;
export const ReceiveFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveFundsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveFunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReceiveFundsMutation, ReceiveFundsMutationVariables>;
export const RecordExpenditureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExpenditure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordExpenditureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExpenditure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RecordExpenditureMutation, RecordExpenditureMutationVariables>;
export const ReverseExpenditureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseExpenditure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReverseExpenditureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseExpenditure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReverseExpenditureMutation, ReverseExpenditureMutationVariables>;
export const AdjustAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustAllocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<AdjustAllocationMutation, AdjustAllocationMutationVariables>;
export const SetPerformanceTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPerformanceTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPerformanceTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPerformanceTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SetPerformanceTargetMutation, SetPerformanceTargetMutationVariables>;
export const RevisePerformanceTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevisePerformanceTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevisePerformanceTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revisePerformanceTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RevisePerformanceTargetMutation, RevisePerformanceTargetMutationVariables>;
export const WithdrawPerformanceTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPerformanceTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawPerformanceTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPerformanceTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<WithdrawPerformanceTargetMutation, WithdrawPerformanceTargetMutationVariables>;
export const FundsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedFen"}},{"kind":"Field","name":{"kind":"Name","value":"receivedFen"}},{"kind":"Field","name":{"kind":"Name","value":"spentFen"}},{"kind":"Field","name":{"kind":"Name","value":"remainingFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<FundsPageQuery, FundsPageQueryVariables>;
export const FundPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedFen"}},{"kind":"Field","name":{"kind":"Name","value":"receivedFen"}},{"kind":"Field","name":{"kind":"Name","value":"spentFen"}},{"kind":"Field","name":{"kind":"Name","value":"remainingFen"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basicSpentFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"receivedGapFen"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"spentFen"}},{"kind":"Field","name":{"kind":"Name","value":"shareBp"}},{"kind":"Field","name":{"kind":"Name","value":"basicShareBp"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundPageQuery, FundPageQueryVariables>;
export const FundLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenditureCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateFrom"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"dateFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"dateTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reversed"}},{"kind":"Field","name":{"kind":"Name","value":"runningRemainingFen"}},{"kind":"Field","name":{"kind":"Name","value":"runningBalanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"linked"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<FundLedgerQuery, FundLedgerQueryVariables>;
export const PerformanceTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerformanceTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performanceTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"sourceQuery"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}}]}}]}}]}}]} as unknown as DocumentNode<PerformanceTargetsQuery, PerformanceTargetsQueryVariables>;
export const PurchasePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchasePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchasePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchasePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<PurchasePolicyMutation, PurchasePolicyMutationVariables>;
export const EnrolMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<EnrolMemberMutation, EnrolMemberMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const ReportClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReportClaimMutation, ReportClaimMutationVariables>;
export const SubmitClaimDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitClaimDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitClaimDocumentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitClaimDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SubmitClaimDocumentsMutation, SubmitClaimDocumentsMutationVariables>;
export const SendClaimToInsurerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendClaimToInsurer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendClaimToInsurerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendClaimToInsurer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SendClaimToInsurerMutation, SendClaimToInsurerMutationVariables>;
export const SettleClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettleClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettleClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SettleClaimMutation, SettleClaimMutationVariables>;
export const RejectClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RejectClaimMutation, RejectClaimMutationVariables>;
export const WithdrawClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<WithdrawClaimMutation, WithdrawClaimMutationVariables>;
export const InsurancePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsurancePolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsurancePolicyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurancePolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"premiumPerPersonFen"}},{"kind":"Field","name":{"kind":"Name","value":"coverageFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverageTo"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"insuredPersons"}},{"kind":"Field","name":{"kind":"Name","value":"premiumTotalFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<InsurancePoliciesQuery, InsurancePoliciesQueryVariables>;
export const InsurancePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsurancePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"township"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurancePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"premiumPerPersonFen"}},{"kind":"Field","name":{"kind":"Name","value":"coverageFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverageTo"}},{"kind":"Field","name":{"kind":"Name","value":"purchasedOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetEnrolment"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"insuredPersons"}},{"kind":"Field","name":{"kind":"Name","value":"premiumTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"township"},"value":{"kind":"Variable","name":{"kind":"Name","value":"township"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentTable_enrolment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentTable_enrolment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceEnrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"coverageFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverageTo"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"removalNote"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<InsurancePolicyQuery, InsurancePolicyQueryVariables>;
export const InsuranceClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsuranceClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceClaimFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuranceClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimTable_claim"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimTable_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyYear"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"settledAmountFen"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<InsuranceClaimsQuery, InsuranceClaimsQueryVariables>;
export const InsuranceClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsuranceClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuranceClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}},{"kind":"Field","name":{"kind":"Name","value":"lastSubmittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}},{"kind":"Field","name":{"kind":"Name","value":"insurerRef"}},{"kind":"Field","name":{"kind":"Name","value":"settledAmountFen"}},{"kind":"Field","name":{"kind":"Name","value":"settledOn"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"businessDate"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<InsuranceClaimQuery, InsuranceClaimQueryVariables>;
export const CaseInsuranceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseInsurance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceEnrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentTable_enrolment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insuranceClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClaimTable_claim"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentTable_enrolment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceEnrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledOn"}},{"kind":"Field","name":{"kind":"Name","value":"coverageFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coverageTo"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"removalNote"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClaimTable_claim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policyYear"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"settledAmountFen"}}]}}]} as unknown as DocumentNode<CaseInsuranceQuery, CaseInsuranceQueryVariables>;
export const IntegrityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Integrity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"headPosition"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"brokenAt"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<IntegrityQuery, IntegrityQueryVariables>;
export const RecordMemberDeathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMemberDeath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMemberDeathInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMemberDeath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RecordMemberDeathMutation, RecordMemberDeathMutationVariables>;
export const RegisterMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RegisterMemberMutation, RegisterMemberMutationVariables>;
export const ReopenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReopenCaseMutation, ReopenCaseMutationVariables>;
export const ExplainTargetDeviationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplainTargetDeviation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExplainTargetDeviationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explainTargetDeviation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ExplainTargetDeviationMutation, ExplainTargetDeviationMutationVariables>;
export const AnnualReportPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReportPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"township"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"township"},"value":{"kind":"Variable","name":{"kind":"Name","value":"township"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsidyIssuedByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitsByTownshipMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimsByState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundSpendingByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"completionBp"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"sourceQuery"}},{"kind":"Field","name":{"kind":"Name","value":"deviationReason"}}]}}]}}]}}]} as unknown as DocumentNode<AnnualReportPageQuery, AnnualReportPageQueryVariables>;
export const ReportYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReportYears"}}]}}]} as unknown as DocumentNode<ReportYearsQuery, ReportYearsQueryVariables>;
export const SealedReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SealedReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sealedReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sealId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"figuresHash"}},{"kind":"Field","name":{"kind":"Name","value":"sealedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sealedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<SealedReportsQuery, SealedReportsQueryVariables>;
export const SealAnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SealAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SealAnnualReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sealAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SealAnnualReportMutation, SealAnnualReportMutationVariables>;
export const VerifySealedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifySealedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sealId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifySealedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"sealId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sealId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sealId"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"figuresHash"}},{"kind":"Field","name":{"kind":"Name","value":"regeneratedHash"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<VerifySealedReportQuery, VerifySealedReportQueryVariables>;
export const ActingUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActingUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}}]}}]}}]} as unknown as DocumentNode<ActingUsersQuery, ActingUsersQueryVariables>;
export const SubsidyCaseMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubsidyCaseMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}}]}}]}}]}}]} as unknown as DocumentNode<SubsidyCaseMembersQuery, SubsidyCaseMembersQueryVariables>;
export const CaseSubsidiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseSubsidies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyTable_application"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyTable_application"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalName"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]} as unknown as DocumentNode<CaseSubsidiesQuery, CaseSubsidiesQueryVariables>;
export const SubsidyFamilyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubsidyFamily"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}}]}}]}}]} as unknown as DocumentNode<SubsidyFamilyQuery, SubsidyFamilyQueryVariables>;
export const SubsidyListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubsidyList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsidyApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyTable_application"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyTable_application"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalName"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<SubsidyListQuery, SubsidyListQueryVariables>;
export const SubsidyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubsidyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsidyApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"noticeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyHeader_application"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyComputation_application"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidySteps_application"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyHeader_application"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalName"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"sunshineRef"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyComputation_application"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rulesEffectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"dayCounting"}},{"kind":"Field","name":{"kind":"Name","value":"dailyRateFen"}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"daysPayable"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"capsApplied"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"daysCounted"}},{"kind":"Field","name":{"kind":"Name","value":"daysPayable"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidySteps_application"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeRequired"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"objections"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"voucherNo"}}]}}]}}]} as unknown as DocumentNode<SubsidyPageQuery, SubsidyPageQueryVariables>;
export const ApplyForSubsidyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForSubsidy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForSubsidyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForSubsidy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ApplyForSubsidyMutation, ApplyForSubsidyMutationVariables>;
export const ReviewSubsidyByTownshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewSubsidyByTownship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSubsidyByTownshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewSubsidyByTownship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReviewSubsidyByTownshipMutation, ReviewSubsidyByTownshipMutationVariables>;
export const SupplementSubsidyDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupplementSubsidyDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplementSubsidyDocumentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplementSubsidyDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SupplementSubsidyDocumentsMutation, SupplementSubsidyDocumentsMutationVariables>;
export const ReviewSubsidyByCountyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewSubsidyByCounty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSubsidyByCountyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewSubsidyByCounty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReviewSubsidyByCountyMutation, ReviewSubsidyByCountyMutationVariables>;
export const PostSubsidyNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostSubsidyNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostSubsidyNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postSubsidyNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<PostSubsidyNoticeMutation, PostSubsidyNoticeMutationVariables>;
export const CloseSubsidyNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSubsidyNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseSubsidyNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSubsidyNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<CloseSubsidyNoticeMutation, CloseSubsidyNoticeMutationVariables>;
export const RefuseSubsidyAfterNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuseSubsidyAfterNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefuseSubsidyAfterNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseSubsidyAfterNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RefuseSubsidyAfterNoticeMutation, RefuseSubsidyAfterNoticeMutationVariables>;
export const SubmitSubsidyToSunshineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSubsidyToSunshine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSubsidyToSunshineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSubsidyToSunshine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SubmitSubsidyToSunshineMutation, SubmitSubsidyToSunshineMutationVariables>;
export const IssueSubsidyPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueSubsidyPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueSubsidyPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueSubsidyPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<IssueSubsidyPaymentMutation, IssueSubsidyPaymentMutationVariables>;
export const ConfirmSubsidyPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmSubsidyPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmSubsidyPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSubsidyPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ConfirmSubsidyPaymentMutation, ConfirmSubsidyPaymentMutationVariables>;
export const RecordSubsidyPaymentFailureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSubsidyPaymentFailure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSubsidyPaymentFailureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSubsidyPaymentFailure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RecordSubsidyPaymentFailureMutation, RecordSubsidyPaymentFailureMutationVariables>;
export const ReissueSubsidyPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReissueSubsidyPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReissueSubsidyPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reissueSubsidyPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReissueSubsidyPaymentMutation, ReissueSubsidyPaymentMutationVariables>;
export const SettleSubsidyReimbursementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettleSubsidyReimbursement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettleSubsidyReimbursementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleSubsidyReimbursement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SettleSubsidyReimbursementMutation, SettleSubsidyReimbursementMutationVariables>;
export const WithdrawSubsidyApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawSubsidyApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawSubsidyApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawSubsidyApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<WithdrawSubsidyApplicationMutation, WithdrawSubsidyApplicationMutationVariables>;
export const ProjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Projections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectionsTable_projection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectionsTable_projection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectionHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"headPosition"}},{"kind":"Field","name":{"kind":"Name","value":"lag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failedPosition"}},{"kind":"Field","name":{"kind":"Name","value":"failedEventId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<ProjectionsQuery, ProjectionsQueryVariables>;
export const ResumeProjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeProjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeProjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectionsTable_projection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectionsTable_projection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectionHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"headPosition"}},{"kind":"Field","name":{"kind":"Name","value":"lag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failedPosition"}},{"kind":"Field","name":{"kind":"Name","value":"failedEventId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]} as unknown as DocumentNode<ResumeProjectionMutation, ResumeProjectionMutationVariables>;
export const TownshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TownshipsQuery, TownshipsQueryVariables>;
export const VisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Visits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VisitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VisitFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VisitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Visit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitType"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"personsReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personsReachedCount"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"needsFound"}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cashAidFen"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"valueFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goodsValueFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"amendmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<VisitsQuery, VisitsQueryVariables>;
export const ActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafeInt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPosition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPosition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"venueKind"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"townshipName"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"cashAidFen"}},{"kind":"Field","name":{"kind":"Name","value":"fundId"}},{"kind":"Field","name":{"kind":"Name","value":"correctionCount"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ActivitiesQuery, ActivitiesQueryVariables>;
export const VisitCaseMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitCaseMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"township"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"deceased"}}]}}]}}]}}]} as unknown as DocumentNode<VisitCaseMembersQuery, VisitCaseMembersQueryVariables>;
export const VisitFundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisitFunds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"remainingFen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VisitFundsQuery, VisitFundsQueryVariables>;
export const RecordVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RecordVisitMutation, RecordVisitMutationVariables>;
export const AmendVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<AmendVisitMutation, AmendVisitMutationVariables>;
export const VoidVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<VoidVisitMutation, VoidVisitMutationVariables>;
export const HoldActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<HoldActivityMutation, HoldActivityMutationVariables>;
export const CorrectAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<CorrectAttendanceMutation, CorrectAttendanceMutationVariables>;