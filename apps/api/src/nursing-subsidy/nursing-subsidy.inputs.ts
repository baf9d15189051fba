import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type {
  CountyDecision,
  DiagnosisCategory,
  HospitalGrade,
  SubsidyStatus,
  TownshipDecision,
} from '@careledger/domain-nursing-subsidy';
import { SafeIntScalar } from '../shared/graphql-scalars';
import {
  DiagnosisCategoryEnum,
  HospitalGradeEnum,
  SubsidyCountyDecisionEnum,
  SubsidyStatusEnum,
  SubsidyTownshipDecisionEnum,
} from './subsidy.enums';

/** Fields every subsidy command shares: idempotency key, optimistic concurrency, business day. */
@InputType({ isAbstract: true })
abstract class SubsidyCommandInput {
  @Field(() => ID, { nullable: true, description: 'Idempotency key: re-sending a command with the same id is a no-op.' })
  commandId?: string | null;
  @Field(() => Int, { nullable: true, description: 'The application revision the client saw; a mismatch is CONCURRENCY_CONFLICT.' })
  expectedRevision?: number | null;
}

@InputType({ isAbstract: true })
abstract class ApplicationCommandInput extends SubsidyCommandInput {
  @Field(() => ID) applicationId!: string;
}

/** For steps without a date of their own: the day the step is about when recorded later. */
@InputType({ isAbstract: true })
abstract class DatedApplicationCommandInput extends ApplicationCommandInput {
  @Field(() => String, { nullable: true, description: 'The civil day of the step when recorded later (default: today, Asia/Shanghai).' })
  businessDate?: string | null;
}

@InputType()
export class ApplyForSubsidyInput extends SubsidyCommandInput {
  @Field(() => ID, { nullable: true, description: 'Chosen by the client, or derived from commandId.' })
  applicationId?: string | null;
  @Field(() => ID) caseId!: string;
  @Field(() => ID, { description: 'The member who was in hospital.' }) personId!: string;
  @Field() hospitalName!: string;
  @Field(() => HospitalGradeEnum) hospitalGrade!: HospitalGrade;
  @Field(() => DiagnosisCategoryEnum) diagnosisCategory!: DiagnosisCategory;
  @Field() admittedOn!: string;
  @Field() dischargedOn!: string;
  @Field(() => String, { nullable: true, description: 'Day of the application (default: today, Asia/Shanghai).' })
  businessDate?: string | null;
}

@InputType()
export class SupplementSubsidyDocumentsInput extends DatedApplicationCommandInput {
  @Field({ description: 'What was supplemented or corrected.' }) note!: string;
}

@InputType()
export class ReviewSubsidyByTownshipInput extends DatedApplicationCommandInput {
  @Field(() => SubsidyTownshipDecisionEnum) decision!: TownshipDecision;
  @Field(() => String, { nullable: true, description: 'Required when RETURNED.' }) opinion?: string | null;
}

@InputType()
export class ReviewSubsidyByCountyInput extends DatedApplicationCommandInput {
  @Field(() => SubsidyCountyDecisionEnum) decision!: CountyDecision;
  @Field(() => String, { nullable: true, description: 'Required when REJECTED.' }) opinion?: string | null;
}

@InputType()
export class PostSubsidyNoticeInput extends ApplicationCommandInput {
  @Field() postedOn!: string;
}

@InputType()
export class CloseSubsidyNoticeInput extends ApplicationCommandInput {
  @Field({ description: 'Not before the notice period has run (closesOn).' }) closedOn!: string;
  @Field(() => String, { nullable: true, description: 'Objections raised during the notice, if any.' }) objections?: string | null;
}

@InputType()
export class RefuseSubsidyAfterNoticeInput extends ApplicationCommandInput {
  @Field({ description: 'The day the county decided not to pay; not before the notice was posted.' }) refusedOn!: string;
  @Field({ description: 'Why: the objections that proved founded.' }) reason!: string;
}

@InputType()
export class SubmitSubsidyToSunshineInput extends ApplicationCommandInput {
  @Field({ description: 'The application number in the sunshine approval system.' }) externalRef!: string;
  @Field() submittedOn!: string;
}

@InputType()
export class IssueSubsidyPaymentInput extends ApplicationCommandInput {
  @Field({ description: 'One-card batch id.' }) batchId!: string;
  @Field({ description: 'Subsidy period YYYYMM.' }) period!: string;
  @Field(() => SafeIntScalar, { description: 'Fen; must equal the computed amount.' }) amountFen!: number;
  @Field() issuedOn!: string;
}

@InputType()
export class ConfirmSubsidyPaymentInput extends ApplicationCommandInput {
  @Field() paidOn!: string;
}

@InputType()
export class RecordSubsidyPaymentFailureInput extends ApplicationCommandInput {
  @Field() reason!: string;
  @Field() failedOn!: string;
}

@InputType()
export class ReissueSubsidyPaymentInput extends ApplicationCommandInput {
  @Field({ description: 'A new one-card batch id (not used before by this application).' }) batchId!: string;
  @Field() period!: string;
  @Field() issuedOn!: string;
}

@InputType()
export class SettleSubsidyReimbursementInput extends ApplicationCommandInput {
  @Field() settledOn!: string;
  @Field() voucherNo!: string;
}

@InputType()
export class WithdrawSubsidyApplicationInput extends DatedApplicationCommandInput {
  @Field() reason!: string;
}

@InputType()
export class SubsidyApplicationFilter {
  @Field(() => SubsidyStatusEnum, { nullable: true }) status?: SubsidyStatus | null;
  @Field(() => String, { nullable: true, description: "Township code of the application's case." }) township?: string | null;
  @Field(() => Int, { nullable: true, description: 'Calendar year of admittedOn.' }) admissionYear?: number | null;
  @Field(() => Int, { nullable: true, description: 'Calendar year of the current payment (issuedOn).' })
  paymentYear?: number | null;
  @Field(() => ID, { nullable: true }) caseId?: string | null;
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field(() => String, { nullable: true, description: 'Any one-card batch the application was issued or reissued in.' })
  batchId?: string | null;
}
