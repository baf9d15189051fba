import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  TARGET_DIRECTIONS,
  TARGET_STATUSES,
  TARGET_UNITS,
  type TargetDirection,
  type TargetStatus,
  type TargetUnit,
} from '@careledger/domain-fund';
import { JsonScalar, SafeIntScalar } from '../shared/graphql-scalars';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const TargetDirectionEnum = asEnum(TARGET_DIRECTIONS);
export const TargetUnitEnum = asEnum(TARGET_UNITS);
export const TargetStatusEnum = asEnum(TARGET_STATUSES);
registerEnumType(TargetDirectionEnum, { name: 'TargetDirection' });
registerEnumType(TargetUnitEnum, { name: 'TargetUnit' });
registerEnumType(TargetStatusEnum, { name: 'TargetStatus' });

// EXPLAINED: a deviation reason (偏差原因) given, in `reason`.
export const TARGET_CHANGE_KINDS = ['SET', 'REVISED', 'WITHDRAWN', 'EXPLAINED'] as const;
export type TargetChangeKind = (typeof TARGET_CHANGE_KINDS)[number];
export const TargetChangeKindEnum = asEnum(TARGET_CHANGE_KINDS);
registerEnumType(TargetChangeKindEnum, { name: 'TargetChangeKind' });

@ObjectType({ description: 'One change of a target: who, when, what and why.' })
export class TargetRevision {
  @Field(() => SafeIntScalar) position!: number;
  @Field(() => TargetChangeKindEnum) kind!: TargetChangeKind;
  @Field(() => JsonScalar, { description: 'The fields set (SET) or changed (REVISED); {} for the others.' })
  changes!: unknown;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() actorId!: string;
  @Field() actorName!: string;
  @Field() recordedAt!: string;
  @Field() businessDate!: string;
}

@ObjectType({ description: 'A yearly performance target (绩效目标) with its current values and history.' })
export class PerformanceTarget {
  @Field(() => Int) year!: number;
  @Field(() => ID) indicatorId!: string;
  @Field() name!: string;
  @Field(() => TargetDirectionEnum) direction!: TargetDirection;
  @Field(() => SafeIntScalar, { description: 'In its unit: fen, persons, counts, basis points.' }) value!: number;
  @Field(() => TargetUnitEnum) unit!: TargetUnit;
  @Field(() => Int) weight!: number;
  @Field() sourceQuery!: string;
  @Field(() => TargetStatusEnum) status!: TargetStatus;
  @Field(() => Int) revisionCount!: number;
  @Field(() => String, { nullable: true, description: 'The latest deviation reason (偏差原因), null until explained.' })
  deviationReason!: string | null;
  @Field(() => [TargetRevision], { description: 'Oldest first.' }) history!: TargetRevision[];
}
