import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  VENUE_KINDS,
  VISIT_STATUSES,
  VISIT_TYPES,
  type VenueKind,
  type VisitStatus,
  type VisitType,
} from '@careledger/domain-visit';
import { PageInfo } from '../care-case/care-case.types';
import { SafeIntScalar } from '../shared/graphql-scalars';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const VisitTypeEnum = asEnum(VISIT_TYPES);
export const VisitStatusEnum = asEnum(VISIT_STATUSES);
export const VenueKindEnum = asEnum(VENUE_KINDS);
registerEnumType(VisitTypeEnum, { name: 'VisitType' });
registerEnumType(VisitStatusEnum, { name: 'VisitStatus' });
registerEnumType(VenueKindEnum, { name: 'VenueKind' });

@ObjectType({ description: 'A member of a family reached by a visit or attending an activity.' })
export class PersonReached {
  @Field(() => ID) caseId!: string;
  @Field(() => ID) personId!: string;
  @Field(() => String, { nullable: true, description: 'The member name as on the case page (null if not projected yet).' })
  name!: string | null;
}

@ObjectType()
export class FollowUp {
  @Field() action!: string;
  @Field({ description: 'Civil date, on or after the visit.' }) dueOn!: string;
}

@ObjectType()
export class GoodsItem {
  @Field() description!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => SafeIntScalar, { description: 'Value of the whole line in fen.' }) valueFen!: number;
}

@ObjectType({ description: 'A visit (走访慰问) as recorded and amended.' })
export class Visit {
  @Field(() => ID) id!: string;
  @Field(() => VisitTypeEnum) visitType!: VisitType;
  @Field() visitedOn!: string;
  @Field() township!: string;
  @Field() townshipName!: string;
  @Field(() => [String]) visitors!: string[];
  @Field(() => [ID]) caseIds!: string[];
  @Field(() => [PersonReached]) personsReached!: PersonReached[];
  @Field(() => Int, { description: 'People reached: distinct persons met.' }) personsReachedCount!: number;
  @Field(() => Int) caseCount!: number;
  @Field(() => [String]) needsFound!: string[];
  @Field(() => FollowUp, { nullable: true }) followUp!: FollowUp | null;
  @Field(() => SafeIntScalar) cashAidFen!: number;
  @Field(() => ID, { nullable: true, description: 'The fund the cash aid is charged to.' }) fundId!: string | null;
  @Field(() => [GoodsItem]) goods!: GoodsItem[];
  @Field(() => SafeIntScalar) goodsValueFen!: number;
  @Field(() => VisitStatusEnum) status!: VisitStatus;
  @Field(() => String, { nullable: true }) voidReason!: string | null;
  @Field(() => Int) amendmentCount!: number;
  @Field(() => Int, { description: 'Stream revision: send it back as expectedRevision.' }) revision!: number;
  @Field() recordedAt!: string;
  @Field() recordedBy!: string;
  @Field() lastRecordedAt!: string;
}

@ObjectType({ description: 'A collective activity (集中慰问/活动) at a venue, with its attendance.' })
export class Activity {
  @Field(() => ID) id!: string;
  @Field(() => VenueKindEnum) venueKind!: VenueKind;
  @Field() venueName!: string;
  @Field() heldOn!: string;
  @Field() topic!: string;
  @Field(() => String, { nullable: true, description: 'Null for a county-wide activity.' }) township!: string | null;
  @Field(() => String, { nullable: true }) townshipName!: string | null;
  @Field(() => [PersonReached]) attendees!: PersonReached[];
  @Field(() => Int) attendeeCount!: number;
  @Field(() => Int) caseCount!: number;
  @Field(() => SafeIntScalar) cashAidFen!: number;
  @Field(() => ID, { nullable: true }) fundId!: string | null;
  @Field(() => Int) correctionCount!: number;
  @Field(() => Int) revision!: number;
  @Field() recordedAt!: string;
  @Field() recordedBy!: string;
  @Field() lastRecordedAt!: string;
}

@ObjectType()
export class VisitEdge {
  @Field() cursor!: string;
  @Field(() => Visit) node!: Visit;
}

@ObjectType()
export class VisitConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [VisitEdge]) edges!: VisitEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class ActivityEdge {
  @Field() cursor!: string;
  @Field(() => Activity) node!: Activity;
}

@ObjectType()
export class ActivityConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [ActivityEdge]) edges!: ActivityEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
