import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ExpenditureCategory } from '@careledger/domain-fund';
import { SafeIntScalar } from '../shared/graphql-scalars';
import { ExpenditureCategoryEnum } from './fund.types';

@InputType({ isAbstract: true })
abstract class FundCommandInput {
  @Field(() => ID, { nullable: true, description: 'Idempotency key: re-sending a command with the same id is a no-op.' })
  commandId?: string | null;
}

@InputType({ isAbstract: true })
abstract class OpenFundInput extends FundCommandInput {
  @Field(() => ID) fundId!: string;
  @Field(() => Int, { nullable: true, description: 'The fund revision the client saw; a mismatch is CONCURRENCY_CONFLICT.' })
  expectedRevision?: number | null;
}

@InputType()
export class AllocateBudgetInput extends FundCommandInput {
  @Field(() => Int) year!: number;
  @Field({ description: "Lower-case kebab code, e.g. 'care-action'; the fund id is <year>-<code>." }) code!: string;
  @Field() name!: string;
  @Field() purpose!: string;
  @Field(() => SafeIntScalar) amountFen!: number;
  @Field() allocatedOn!: string;
}

@InputType()
export class ReceiveFundsInput extends OpenFundInput {
  @Field(() => SafeIntScalar) amountFen!: number;
  @Field() receivedOn!: string;
  @Field({ description: "Who paid it in, e.g. '县财政局'." }) source!: string;
}

@InputType()
export class RecordExpenditureInput extends OpenFundInput {
  @Field(() => ExpenditureCategoryEnum) category!: ExpenditureCategory;
  @Field(() => SafeIntScalar) amountFen!: number;
  @Field() spentOn!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true, description: "The stream this spending belongs to, e.g. 'visit-…'." })
  linkedStreamId?: string | null;
  @Field(() => [ID], { nullable: true, description: "The families this spending paid aid to: it shows on their timelines." })
  caseIds?: string[] | null;
}

@InputType()
export class ReverseExpenditureInput extends OpenFundInput {
  @Field(() => ID) expenditureId!: string;
  @Field() reason!: string;
  @Field(() => String, { nullable: true, description: 'The day the reversal is about (default: today, Asia/Shanghai).' })
  businessDate?: string | null;
}

@InputType()
export class AdjustAllocationInput extends OpenFundInput {
  @Field(() => SafeIntScalar, { description: 'Positive to add (追加), negative to cut (调减).' }) deltaFen!: number;
  @Field() adjustedOn!: string;
  @Field() reason!: string;
}

@InputType()
export class FundFilter {
  @Field(() => Int, { nullable: true }) year?: number | null;
}
