import type { CareCaseEventType } from '@careledger/domain-care-case';
import type { FundEventType, TargetEventType } from '@careledger/domain-fund';
import type { ClaimStreamEventType, PolicyEventType } from '@careledger/domain-insurance';
import type { NursingSubsidyEventType } from '@careledger/domain-nursing-subsidy';
import type { ActivityEventType, VisitEventType } from '@careledger/domain-visit';
import type { DonationEvent } from '@careledger/domain-donation';

/**
 * Which event types make a report fact, per stream type. Typed as complete maps over each
 * domain's event union, so a new event type is a compile error until it is decided here.
 */
const careCase: { readonly [K in CareCaseEventType]: boolean } = {
  CaseOpened: true,
  MemberRegistered: false,
  MemberDetailsCorrected: false,
  MemberDied: false,
  CategoryChanged: false,
  ContactAssigned: false,
  CaseNoteAdded: false,
  CaseExited: false,
  CaseReopened: false,
};
const subsidy: { readonly [K in NursingSubsidyEventType]: true } = {
  SubsidyApplied: true,
  DocumentsSupplemented: true,
  TownshipReviewed: true,
  CountyReviewed: true,
  NoticePosted: true,
  NoticeClosed: true,
  RefusedAfterNotice: true,
  SubmittedToSunshine: true,
  PaymentIssued: true,
  PaymentConfirmed: true,
  PaymentFailed: true,
  PaymentReissued: true,
  ReimbursementSettled: true,
  ApplicationWithdrawn: true,
};
const policy: { readonly [K in PolicyEventType]: true } = { PolicyPurchased: true, MemberEnrolled: true, MemberRemoved: true };
const claim: { readonly [K in ClaimStreamEventType]: true } = {
  ClaimReported: true,
  ClaimDocumentsSubmitted: true,
  ClaimSentToInsurer: true,
  ClaimSettled: true,
  ClaimRejected: true,
  ClaimWithdrawn: true,
};
const visit: { readonly [K in VisitEventType]: true } = { VisitRecorded: true, VisitAmended: true, VisitVoided: true };
const activity: { readonly [K in ActivityEventType]: true } = { ActivityHeld: true, AttendanceCorrected: true };
const fund: { readonly [K in FundEventType]: true } = {
  BudgetAllocated: true,
  FundsReceived: true,
  ExpenditureRecorded: true,
  ExpenditureReversed: true,
  AllocationAdjusted: true,
};
const target: { readonly [K in TargetEventType]: true } = {
  TargetSet: true,
  TargetRevised: true,
  TargetWithdrawn: true,
  TargetDeviationExplained: true,
};
const donation: { readonly [K in DonationEvent['type']]: true } = { DonationRecorded: true, DonationReversed: true };

const handled = (map: Readonly<Record<string, boolean>>): string[] =>
  Object.entries(map).flatMap(([type, yes]) => (yes ? [type] : []));

export const REPORT_STREAM_TYPES = ['case', 'subsidy', 'policy', 'claim', 'visit', 'activity', 'fund', 'target', 'donation'] as const;

/** Every event type the report folds (event types are unique across streams). */
export const REPORT_EVENT_TYPES: readonly string[] = [careCase, subsidy, policy, claim, visit, activity, fund, target, donation].flatMap(
  handled,
);
