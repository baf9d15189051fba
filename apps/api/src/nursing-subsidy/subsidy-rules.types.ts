import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { DayCounting, HospitalGrade } from '@careledger/domain-nursing-subsidy';
import { SafeIntScalar } from '../shared/graphql-scalars';
import { HospitalGradeEnum, SubsidyDayCountingEnum } from './subsidy.enums';

@ObjectType({ description: 'One effective-dated rule set of the nursing-subsidy programme, from configuration.' })
export class SubsidyRuleSet {
  @Field({ description: 'Applies to stays admitted on or after this day; also the rule set id.' }) effectiveFrom!: string;
  @Field(() => String, { nullable: true, description: 'The day before the next rule set starts; null for the latest.' })
  effectiveUntil!: string | null;
  @Field({ description: 'True for the rule set in force today (Asia/Shanghai).' }) inForce!: boolean;
  @Field(() => SafeIntScalar) dailyRateFen!: number;
  @Field(() => SubsidyDayCountingEnum) dayCounting!: DayCounting;
  @Field(() => Int, { nullable: true, description: 'Null = no per-stay cap.' }) capPerStayDays!: number | null;
  @Field(() => Int, { nullable: true }) capPerPersonPerYearDays!: number | null;
  @Field(() => SafeIntScalar, { nullable: true }) capPerPersonPerYearFen!: number | null;
  @Field() noticeRequired!: boolean;
  @Field(() => Int) noticeDays!: number;
  @Field(() => [HospitalGradeEnum]) eligibleGrades!: HospitalGrade[];
}
