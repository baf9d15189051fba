import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ClaimDocumentKind, ClaimEventType, ClaimStatus, RemovalReason } from '@careledger/domain-insurance';
import { PageInfo } from '../care-case/care-case.types';
import { JsonScalar, SafeIntScalar } from '../shared/graphql-scalars';
import { ClaimDocumentKindEnum, ClaimEventTypeEnum, ClaimStatusEnum, RemovalReasonEnum } from './insurance.enums';

@ObjectType({ description: 'A yearly group health policy (计生特殊家庭健康保险). Its id is its year.' })
export class InsurancePolicy {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field() insurer!: string;
  @Field() product!: string;
  @Field(() => SafeIntScalar) premiumPerPersonFen!: number;
  @Field() coverageFrom!: string;
  @Field() coverageTo!: string;
  @Field() purchasedOn!: string;
  @Field(() => Int, { nullable: true }) targetEnrolment!: number | null;
  @Field(() => Int, { description: 'Persons enrolled now (periods not closed).' }) enrolledCount!: number;
  @Field(() => Int, { description: 'Persons with at least one day of cover: the premium is paid for each.' })
  insuredPersons!: number;
  @Field(() => SafeIntScalar, { description: 'insuredPersons × premiumPerPersonFen.' }) premiumTotalFen!: number;
  @Field(() => Int) revision!: number;
  // enrolments: a field resolver.
}

@ObjectType({ description: 'One period of cover of one person. Name and ID come masked from the case read model.' })
export class InsuranceEnrolment {
  @Field(() => ID, { description: '<year>:<personId>:<period>' }) id!: string;
  @Field(() => ID) policyId!: string;
  @Field(() => Int) year!: number;
  @Field(() => ID) caseId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => Int) periodNo!: number;
  @Field(() => String, { nullable: true }) personName!: string | null;
  @Field(() => String, { nullable: true }) idNumberMasked!: string | null;
  @Field(() => Boolean) deceased!: boolean;
  @Field(() => String, { nullable: true }) township!: string | null;
  @Field(() => String, { nullable: true }) townshipName!: string | null;
  @Field() enrolledOn!: string;
  @Field() coverageFrom!: string;
  @Field(() => String, { description: 'Last day of cover: removedOn, else the end of the policy.' }) coverageTo!: string;
  @Field(() => String, { nullable: true }) removedOn!: string | null;
  @Field(() => RemovalReasonEnum, { nullable: true }) removalReason!: RemovalReason | null;
  @Field(() => String, { nullable: true }) removalNote!: string | null;
  @Field() active!: boolean;
}

@ObjectType({ description: 'A claim as lists show it: no description (health data).' })
export class InsuranceClaim {
  @Field(() => ID) id!: string;
  @Field(() => ID) policyId!: string;
  @Field(() => Int) policyYear!: number;
  @Field(() => ID) caseId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => String, { nullable: true }) personName!: string | null;
  @Field(() => String, { nullable: true }) idNumberMasked!: string | null;
  @Field(() => String, { nullable: true }) township!: string | null;
  @Field(() => String, { nullable: true }) townshipName!: string | null;
  @Field(() => ClaimEventTypeEnum) eventType!: ClaimEventType;
  @Field() eventOn!: string;
  @Field() reportedOn!: string;
  @Field(() => ClaimStatusEnum) status!: ClaimStatus;
  @Field(() => [ClaimDocumentKindEnum]) documents!: ClaimDocumentKind[];
  @Field(() => String, { nullable: true }) lastSubmittedOn!: string | null;
  @Field(() => String, { nullable: true }) sentOn!: string | null;
  @Field(() => String, { nullable: true }) insurerRef!: string | null;
  @Field(() => SafeIntScalar, { nullable: true }) settledAmountFen!: number | null;
  @Field(() => String, { nullable: true }) settledOn!: string | null;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
  @Field(() => String, { nullable: true }) rejectedOn!: string | null;
  @Field(() => String, { nullable: true }) withdrawalReason!: string | null;
  @Field(() => Int) revision!: number;
  @Field() lastRecordedAt!: string;
}

@ObjectType({ description: 'One step of a claim: what, when, by whom. Payload with personal data masked.' })
export class ClaimHistoryEntry {
  @Field(() => SafeIntScalar) position!: number;
  @Field(() => Int) revision!: number;
  @Field() type!: string;
  @Field(() => JsonScalar) data!: unknown;
  @Field() recordedAt!: string;
  @Field(() => String, { nullable: true }) businessDate!: string | null;
  @Field() actorId!: string;
  @Field() actorName!: string;
  @Field() actorRole!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType({ description: 'A claim on its own page: with its description (decrypted for this view only) and history.' })
export class InsuranceClaimDetail extends InsuranceClaim {
  @Field(() => String, { nullable: true, description: 'Health data; null once erased.' }) description!: string | null;
  @Field(() => [ClaimHistoryEntry]) history!: ClaimHistoryEntry[];
}

@ObjectType()
export class InsurancePolicyEdge {
  @Field() cursor!: string;
  @Field(() => InsurancePolicy) node!: InsurancePolicy;
}

@ObjectType()
export class InsurancePolicyConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [InsurancePolicyEdge]) edges!: InsurancePolicyEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class InsuranceEnrolmentEdge {
  @Field() cursor!: string;
  @Field(() => InsuranceEnrolment) node!: InsuranceEnrolment;
}

@ObjectType()
export class InsuranceEnrolmentConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [InsuranceEnrolmentEdge]) edges!: InsuranceEnrolmentEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class InsuranceClaimEdge {
  @Field() cursor!: string;
  @Field(() => InsuranceClaim) node!: InsuranceClaim;
}

@ObjectType()
export class InsuranceClaimConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [InsuranceClaimEdge]) edges!: InsuranceClaimEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
