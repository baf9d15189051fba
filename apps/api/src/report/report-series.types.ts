import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ExpenditureCategory } from '@careledger/domain-fund';
import type { ClaimStatus } from '@careledger/domain-insurance';
import { SafeIntScalar } from '../shared/graphql-scalars';
import { ExpenditureCategoryEnum } from '../fund/fund.types';
import { ClaimStatusEnum } from '../insurance/insurance.enums';

@ObjectType({ description: 'A money amount of one month (YYYY-MM), with the running total of the year.' })
export class ReportMonthAmount {
  @Field() month!: string;
  @Field(() => SafeIntScalar) amountFen!: number;
  @Field(() => SafeIntScalar) cumulativeFen!: number;
}

@ObjectType({ description: 'How many records of one township fall in one month (YYYY-MM).' })
export class ReportTownshipMonthCount {
  @Field() township!: string;
  @Field() month!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Claims in one current state, with the settled amount (0 for other states).' })
export class ReportStateCount {
  @Field(() => ClaimStatusEnum) state!: ClaimStatus;
  @Field(() => Int) count!: number;
  @Field(() => SafeIntScalar) amountFen!: number;
}

@ObjectType({ description: 'Unreversed spending of one category.' })
export class ReportCategoryAmount {
  @Field(() => ExpenditureCategoryEnum) category!: ExpenditureCategory;
  @Field(() => SafeIntScalar) amountFen!: number;
}

@ObjectType({ description: 'Chart series of the report, from the same records as its figures.' })
export class ReportSeries {
  @Field(() => [ReportMonthAmount], { description: 'All 12 months: the applications of nursingSubsidy.issuedFen by current payment issue month.' })
  subsidyIssuedByMonth!: readonly ReportMonthAmount[];
  @Field(() => [ReportTownshipMonthCount], { description: 'The visits of visits.count by township and month (non-empty cells only).' })
  visitsByTownshipMonth!: readonly ReportTownshipMonthCount[];
  @Field(() => [ReportStateCount], { description: "Claims of the year's policy by current state (every state)." })
  claimsByState!: readonly ReportStateCount[];
  @Field(() => [ReportCategoryAmount], { description: "Spending of the year's funds by category (county report only; empty for a township)." })
  fundSpendingByCategory!: readonly ReportCategoryAmount[];
}
