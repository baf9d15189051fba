import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DONATION_CHANNELS, DONATION_STATUSES, type DonationChannel, type DonationStatus } from '@careledger/domain-donation';
import { PageInfo } from '../care-case/care-case.types';
import { SafeIntScalar } from '../shared/graphql-scalars';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const DonationChannelEnum = asEnum(DONATION_CHANNELS);
export const DonationStatusEnum = asEnum(DONATION_STATUSES);
registerEnumType(DonationChannelEnum, { name: 'DonationChannel', description: 'ONLINE: the 小善举·大爱心 platform.' });
registerEnumType(DonationStatusEnum, { name: 'DonationStatus' });

@ObjectType({ description: 'One gift of a campaign year (小善举·大爱心); a reversed one stays listed, marked.' })
export class Donation {
  @Field(() => Int) year!: number;
  @Field(() => ID) donationId!: string;
  @Field() receivedOn!: string;
  @Field(() => DonationChannelEnum) channel!: DonationChannel;
  @Field(() => SafeIntScalar) amountFen!: number;
  @Field(() => SafeIntScalar, { description: '配捐: added by a sponsor.' }) matchingFen!: number;
  @Field(() => SafeIntScalar, { description: 'amountFen + matchingFen.' }) totalFen!: number;
  @Field({ description: 'Platform batch or donor organisation.' }) source!: string;
  @Field(() => DonationStatusEnum) status!: DonationStatus;
  @Field(() => String, { nullable: true }) reversalReason!: string | null;
  @Field() actorId!: string;
  @Field() actorName!: string;
  @Field() recordedAt!: string;
}

@ObjectType()
export class DonationEdge {
  @Field() cursor!: string;
  @Field(() => Donation) node!: Donation;
}

@ObjectType()
export class DonationConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [DonationEdge]) edges!: DonationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ description: "A campaign year's totals as the annual report counts them: reversed donations excluded." })
export class DonationYear {
  @Field(() => Int) year!: number;
  @Field(() => Int) count!: number;
  @Field(() => SafeIntScalar) amountFen!: number;
  @Field(() => SafeIntScalar) matchingFen!: number;
  @Field(() => SafeIntScalar, { description: '线上募捐金额（含配捐）.' }) totalFen!: number;
}
