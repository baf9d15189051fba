import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { DonationChannel } from '@careledger/domain-donation';
import { SafeIntScalar } from '../shared/graphql-scalars';
import { DonationChannelEnum } from './donation.types';

@InputType({ isAbstract: true })
abstract class DonationCommandInput {
  @Field(() => ID, { nullable: true, description: 'Idempotency key: re-sending a command with the same id is a no-op.' })
  commandId?: string | null;
  @Field(() => Int, { description: 'The campaign year: the stream is donation-<year>.' }) year!: number;
  @Field(() => Int, { nullable: true, description: "The year's stream revision the client saw." })
  expectedRevision?: number | null;
}

@InputType()
export class RecordDonationInput extends DonationCommandInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to an id derived from the command id.' })
  donationId?: string | null;
  @Field() receivedOn!: string;
  @Field(() => DonationChannelEnum) channel!: DonationChannel;
  @Field(() => SafeIntScalar) amountFen!: number;
  @Field(() => SafeIntScalar, { description: '配捐, 0 when none.' }) matchingFen!: number;
  @Field({ description: 'Platform batch or donor organisation, never a private person.' }) source!: string;
}

@InputType()
export class ReverseDonationInput extends DonationCommandInput {
  @Field(() => ID) donationId!: string;
  @Field() reason!: string;
  @Field(() => String, { nullable: true }) businessDate?: string | null;
}

@InputType()
export class DonationFilter {
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => DonationChannelEnum, { nullable: true }) channel?: DonationChannel | null;
}
