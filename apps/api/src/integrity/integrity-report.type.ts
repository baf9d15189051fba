import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SafeIntScalar } from '../shared/graphql-scalars';

@ObjectType({ description: 'The hash chain walked from the first event: untampered, or where it breaks.' })
export class IntegrityReport {
  @Field() ok!: boolean;
  @Field(() => Int, { description: 'Events whose hash and links were checked.' }) checked!: number;
  @Field(() => SafeIntScalar) headPosition!: number;
  @Field() headHash!: string;
  @Field(() => SafeIntScalar, {
    nullable: true,
    description: 'First position whose hash, link or sequence does not match (null when ok).',
  })
  brokenAt!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'hash_mismatch | link_mismatch | position_gap | revision_gap (null when ok).',
  })
  problem!: string | null;
  @Field({ description: 'ISO-8601 instant the check ran.' }) checkedAt!: string;
}
