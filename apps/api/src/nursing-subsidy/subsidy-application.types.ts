import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type {
  DayCounting,
  HospitalGrade,
  NursingSubsidyEventType,
  SubsidyStatus,
} from '@careledger/domain-nursing-subsidy';
import { PageInfo } from '../care-case/care-case.types';
import { SafeIntScalar } from '../shared/graphql-scalars';
import { HospitalGradeEnum, SubsidyDayCountingEnum, SubsidyStatusEnum } from './subsidy.enums';

/** Every event type of a subsidy stream is a workflow step kind (a new one fails to compile until listed). */
const STEP_KINDS: { readonly [K in NursingSubsidyEventType]: K } = {
  SubsidyApplied: 'SubsidyApplied',
  DocumentsSupplemented: 'DocumentsSupplemented',
  TownshipReviewed: 'TownshipReviewed',
  CountyReviewed: 'CountyReviewed',
  NoticePosted: 'NoticePosted',
  NoticeClosed: 'NoticeClosed',
  RefusedAfterNotice: 'RefusedAfterNotice',
  SubmittedToSunshine: 'SubmittedToSunshine',
  PaymentIssued: 'PaymentIssued',
  PaymentConfirmed: 'PaymentConfirmed',
  PaymentFailed: 'PaymentFailed',
  PaymentReissued: 'PaymentReissued',
  ReimbursementSettled: 'ReimbursementSettled',
  ApplicationWithdrawn: 'ApplicationWithdrawn',
};
registerEnumType(STEP_KINDS, { name: 'SubsidyStepKind', description: 'The event type that recorded the step.' });

@ObjectType({ description: 'One line of "how this was computed", in both UI languages.' })
export class SubsidyComputationLine {
  @Field({ description: 'RULES, DAYS_COUNTED, YEAR_SPLIT, STAY_CAP, YEAR_DAYS_CAP, YEAR_AMOUNT, YEAR_AMOUNT_CAP or TOTAL.' })
  code!: string;
  @Field() zh!: string;
  @Field() en!: string;
}

@ObjectType({ description: 'The part of a stay in one calendar year (a stay crossing 31 December has two).' })
export class SubsidyYearPart {
  @Field(() => Int) year!: number;
  @Field({ description: 'First counted day of the stay in this year.' }) firstDay!: string;
  @Field({ description: 'Last counted day of the stay in this year.' }) lastDay!: string;
  @Field(() => Int) daysCounted!: number;
  @Field(() => Int, { description: 'Days left after the per-stay and per-person-per-year day caps.' }) daysPayable!: number;
  @Field(() => SafeIntScalar, { description: 'Fen, after the per-person-per-year amount cap.' }) amountFen!: number;
  @Field({ description: 'True when a cap reduced this year below daysCounted × daily rate.' }) capped!: boolean;
}

@ObjectType({ description: 'How the amount was computed, fixed when the application was made.' })
export class SubsidyComputation {
  @Field({ description: 'Id of the rule set applied: its effectiveFrom date (the one in force on admission).' })
  rulesEffectiveFrom!: string;
  @Field(() => SubsidyDayCountingEnum) dayCounting!: DayCounting;
  @Field(() => SafeIntScalar) dailyRateFen!: number;
  @Field(() => Int) daysCounted!: number;
  @Field(() => Int) daysPayable!: number;
  @Field(() => SafeIntScalar) amountFen!: number;
  @Field(() => [String], { description: 'Codes of the caps the rule set applied: STAY_CAP, YEAR_DAYS_CAP, YEAR_AMOUNT_CAP.' })
  capsApplied!: string[];
  @Field(() => [SubsidyYearPart], { description: 'Chronological; empty when no day counts.' })
  years!: SubsidyYearPart[];
  @Field(() => [SubsidyComputationLine]) lines!: SubsidyComputationLine[];
}

@ObjectType({ description: 'One workflow step of an application (one event), for the steps view, in log order.' })
export class SubsidyStep {
  @Field(() => SafeIntScalar) position!: number;
  @Field(() => Int) revision!: number;
  @Field(() => STEP_KINDS) kind!: NursingSubsidyEventType;
  @Field(() => String, {
    nullable: true,
    description:
      'APPROVED / RETURNED (township), APPROVED / REJECTED (county), REFUSED (after the notice), PAID / FAILED (payment result); else null.',
  })
  outcome!: string | null;
  @Field(() => SubsidyStatusEnum, { description: 'The state this step left the application in.' }) statusAfter!: SubsidyStatus;
  @Field() actorId!: string;
  @Field() actorName!: string;
  @Field() actorRole!: string;
  @Field(() => String, { nullable: true }) actorTownship!: string | null;
  @Field({ description: 'When it was recorded (ISO instant).' }) recordedAt!: string;
  @Field(() => String, { nullable: true, description: 'The civil day the step is about.' }) businessDate!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The step's own date: postedOn, closedOn, refusedOn, submittedOn, issuedOn, paidOn, failedOn or settledOn.",
  })
  date!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Review opinion (township / county), or why payment was refused after the notice.',
  })
  opinion!: string | null;
  @Field(() => String, { nullable: true, description: 'Failure or withdrawal reason.' }) reason!: string | null;
  @Field(() => String, { nullable: true, description: 'What was supplemented (DocumentsSupplemented).' }) note!: string | null;
  @Field(() => String, { nullable: true, description: 'Objections raised during the notice.' }) objections!: string | null;
  @Field(() => String, { nullable: true, description: 'Day the notice may close (NoticePosted).' }) closesOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Sunshine-system reference (SubmittedToSunshine).' })
  externalRef!: string | null;
  @Field(() => String, { nullable: true, description: 'One-card batch (PaymentIssued / PaymentReissued).' })
  batchId!: string | null;
  @Field(() => String, { nullable: true, description: 'Subsidy period YYYYMM.' }) period!: string | null;
  @Field(() => SafeIntScalar, { nullable: true, description: 'Fen: the applied, issued or reissued amount.' })
  amountFen!: number | null;
  @Field(() => String, { nullable: true, description: 'Accounting voucher (ReimbursementSettled).' }) voucherNo!: string | null;
}

@ObjectType({ description: 'A nursing-subsidy application (重病大病住院护理补贴) for one hospital stay.' })
export class SubsidyApplication {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => String, { nullable: true, description: 'Name of the patient as the case file shows it.' })
  personName!: string | null;
  @Field({ description: "Township code of the application's case." }) township!: string;
  @Field() townshipName!: string;
  @Field() hospitalName!: string;
  @Field(() => HospitalGradeEnum) hospitalGrade!: HospitalGrade;
  @Field() admittedOn!: string;
  @Field() dischargedOn!: string;
  @Field(() => Int) admissionYear!: number;
  @Field({ description: 'Business date of the application.' }) appliedOn!: string;
  @Field(() => SubsidyStatusEnum) status!: SubsidyStatus;
  @Field(() => SafeIntScalar, { description: 'The computed amount in fen; every payment equals it.' }) amountFen!: number;
  @Field() noticeRequired!: boolean;
  @Field(() => Int) noticeDays!: number;
  @Field(() => String, { nullable: true }) noticePostedOn!: string | null;
  @Field(() => String, { nullable: true }) noticeClosesOn!: string | null;
  @Field(() => String, { nullable: true }) noticeClosedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Reference in the sunshine approval system.' }) sunshineRef!: string | null;
  @Field(() => String, { nullable: true }) submittedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Current (latest) one-card batch.' }) batchId!: string | null;
  @Field(() => String, { nullable: true, description: 'Current subsidy period YYYYMM.' }) period!: string | null;
  @Field(() => String, { nullable: true, description: 'Day the current payment was issued.' }) issuedOn!: string | null;
  @Field(() => Int, { nullable: true, description: 'Year of issuedOn (what the paymentYear filter matches).' })
  paymentYear!: number | null;
  @Field(() => String, { nullable: true }) paidOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Reason of the latest failed payment.' }) failureReason!: string | null;
  @Field(() => String, { nullable: true }) failedOn!: string | null;
  @Field(() => String, { nullable: true }) settledOn!: string | null;
  @Field(() => String, { nullable: true }) voucherNo!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Opinion of the latest return or rejection (or refusal after the notice).',
  })
  lastOpinion!: string | null;
  @Field(() => String, { nullable: true, description: 'Reason given when withdrawn.' }) withdrawnReason!: string | null;
  @Field(() => SubsidyComputation) computation!: SubsidyComputation;
  @Field(() => Int, { description: 'Stream revision the read model reflects: send it back as expectedRevision.' })
  revision!: number;
  @Field() lastRecordedAt!: string;
  @Field(() => [String], {
    description:
      'Mutations valid in this state (e.g. ["reviewSubsidyByTownship","withdrawSubsidyApplication"]): show only these buttons.',
  })
  allowedActions!: string[];
  // steps and diagnosisCategory are resolved by field resolvers (loaded only when asked for).
}

@ObjectType()
export class SubsidyApplicationEdge {
  @Field() cursor!: string;
  @Field(() => SubsidyApplication) node!: SubsidyApplication;
}

@ObjectType()
export class SubsidyApplicationConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [SubsidyApplicationEdge]) edges!: SubsidyApplicationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
