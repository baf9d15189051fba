import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ClaimDocumentKind, ClaimEventType, ClaimStatus, RemovalReason } from '@careledger/domain-insurance';
import { SafeIntScalar } from '../shared/graphql-scalars';
import { ClaimDocumentKindEnum, ClaimEventTypeEnum, ClaimStatusEnum, RemovalReasonEnum } from './insurance.enums';

/** Idempotency key and optimistic concurrency, on every insurance command. */
@InputType({ isAbstract: true })
abstract class InsuranceCommandInput {
  @Field(() => ID, { nullable: true, description: 'Idempotency key: re-sending a command with the same id is a no-op.' })
  commandId?: string | null;
  @Field(() => Int, { nullable: true, description: 'The stream revision the client saw; a mismatch is CONCURRENCY_CONFLICT.' })
  expectedRevision?: number | null;
}

@InputType()
export class PurchasePolicyInput extends InsuranceCommandInput {
  @Field(() => Int, { description: 'Policy year: the year cover starts; the policy id.' }) year!: number;
  @Field() insurer!: string;
  @Field() product!: string;
  @Field(() => SafeIntScalar, { description: 'Yearly premium per insured person, integer fen.' }) premiumPerPersonFen!: number;
  @Field() coverageFrom!: string;
  @Field() coverageTo!: string;
  @Field() purchasedOn!: string;
  @Field(() => Int, { nullable: true }) targetEnrolment?: number | null;
}

@InputType()
export class EnrolMemberInput extends InsuranceCommandInput {
  @Field(() => Int) year!: number;
  @Field(() => ID) caseId!: string;
  @Field(() => ID) personId!: string;
  @Field() enrolledOn!: string;
  @Field() coverageFrom!: string;
}

@InputType()
export class RemoveMemberInput extends InsuranceCommandInput {
  @Field(() => Int) year!: number;
  @Field(() => ID) caseId!: string;
  @Field(() => ID) personId!: string;
  @Field({ description: 'Last day of cover (for a death, the date of death).' }) removedOn!: string;
  @Field(() => RemovalReasonEnum) reason!: RemovalReason;
  @Field(() => String, { nullable: true, description: 'Required when reason is OTHER.' }) note?: string | null;
}

@InputType()
export class ReportClaimInput extends InsuranceCommandInput {
  @Field(() => ID, { nullable: true, description: 'Chosen by the client, or derived from commandId.' }) claimId?: string | null;
  @Field(() => Int, { nullable: true, description: 'The policy; default: the one covering eventOn in which the person is enrolled.' })
  policyYear?: number | null;
  @Field(() => ID) caseId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => ClaimEventTypeEnum) eventType!: ClaimEventType;
  @Field() eventOn!: string;
  @Field() reportedOn!: string;
  @Field({ description: 'Short account of what happened (health data: encrypted at rest).' }) description!: string;
}

@InputType({ isAbstract: true })
abstract class ClaimCommandInput extends InsuranceCommandInput {
  @Field(() => ID) claimId!: string;
}

@InputType()
export class SubmitClaimDocumentsInput extends ClaimCommandInput {
  @Field(() => [ClaimDocumentKindEnum]) documents!: ClaimDocumentKind[];
  @Field() submittedOn!: string;
}

@InputType()
export class SendClaimToInsurerInput extends ClaimCommandInput {
  @Field() sentOn!: string;
  @Field({ description: "The insurer's reference for the claim." }) insurerRef!: string;
}

@InputType()
export class SettleClaimInput extends ClaimCommandInput {
  @Field(() => SafeIntScalar, { description: 'Amount paid, integer fen (0: nothing payable).' }) amountFen!: number;
  @Field() settledOn!: string;
}

@InputType()
export class RejectClaimInput extends ClaimCommandInput {
  @Field() reason!: string;
  @Field() rejectedOn!: string;
}

@InputType()
export class WithdrawClaimInput extends ClaimCommandInput {
  @Field() reason!: string;
  @Field(() => String, { nullable: true, description: 'The day of the withdrawal (default: today, Asia/Shanghai).' })
  businessDate?: string | null;
}

@InputType()
export class InsurancePolicyFilter {
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => String, { nullable: true, description: "Substring of the insurer's name." }) insurer?: string | null;
}

@InputType()
export class InsuranceEnrolmentFilter {
  @Field(() => ID, { nullable: true, description: 'Policy id (its year).' }) policy?: string | null;
  @Field(() => ID, { nullable: true }) case?: string | null;
  @Field(() => ID, { nullable: true }) person?: string | null;
  @Field(() => String, { nullable: true }) township?: string | null;
  @Field(() => String, { nullable: true, description: 'Covered on this civil day.' }) activeOn?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only periods not closed by a removal.' }) activeOnly?: boolean | null;
}

@InputType()
export class InsuranceClaimFilter {
  @Field(() => ClaimStatusEnum, { nullable: true }) state?: ClaimStatus | null;
  @Field(() => ID, { nullable: true, description: 'Policy id (its year).' }) policy?: string | null;
  @Field(() => ID, { nullable: true }) case?: string | null;
  @Field(() => String, { nullable: true }) township?: string | null;
  @Field(() => Int, { nullable: true, description: 'Year the claim was reported in.' }) year?: number | null;
}
