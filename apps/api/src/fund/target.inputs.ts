import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { TargetDirection, TargetUnit } from '@careledger/domain-fund';
import { SafeIntScalar } from '../shared/graphql-scalars';
import { TargetDirectionEnum, TargetUnitEnum } from './target.types';

@InputType({ isAbstract: true })
abstract class TargetCommandInput {
  @Field(() => ID, { nullable: true, description: 'Idempotency key: re-sending a command with the same id is a no-op.' })
  commandId?: string | null;
  @Field(() => Int) year!: number;
  @Field(() => ID) indicatorId!: string;
  @Field(() => Int, { nullable: true, description: "The year's target revision the client saw." })
  expectedRevision?: number | null;
}

@InputType()
export class SetPerformanceTargetInput extends TargetCommandInput {
  @Field() name!: string;
  @Field(() => TargetDirectionEnum) direction!: TargetDirection;
  @Field(() => SafeIntScalar) value!: number;
  @Field(() => TargetUnitEnum) unit!: TargetUnit;
  @Field(() => Int) weight!: number;
  @Field({ description: "The report figure it is measured by, e.g. 'nursingSubsidy.issuedFen'." }) sourceQuery!: string;
  @Field(() => String, { nullable: true }) businessDate?: string | null;
}

@InputType()
export class RevisePerformanceTargetInput extends TargetCommandInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => TargetDirectionEnum, { nullable: true }) direction?: TargetDirection | null;
  @Field(() => SafeIntScalar, { nullable: true }) value?: number | null;
  @Field(() => TargetUnitEnum, { nullable: true }) unit?: TargetUnit | null;
  @Field(() => Int, { nullable: true }) weight?: number | null;
  @Field(() => String, { nullable: true }) sourceQuery?: string | null;
  @Field() reason!: string;
  @Field(() => String, { nullable: true }) businessDate?: string | null;
}

@InputType()
export class WithdrawPerformanceTargetInput extends TargetCommandInput {
  @Field() reason!: string;
  @Field(() => String, { nullable: true }) businessDate?: string | null;
}

@InputType()
export class ExplainTargetDeviationInput extends TargetCommandInput {
  @Field({ description: 'Why the result deviates from the target (偏差原因); replaces an earlier reason.' }) reason!: string;
}
