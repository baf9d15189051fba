import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SafeIntScalar } from '../shared/graphql-scalars';

@ObjectType({ description: "A read model's place in the log and how it is doing." })
export class ProjectionHealth {
  @Field() name!: string;
  @Field(() => SafeIntScalar, { description: 'Global position of the last event applied.' }) position!: number;
  @Field(() => SafeIntScalar, { description: 'Head of the log.' }) headPosition!: number;
  @Field(() => Int, { description: 'Events this projection still has to apply (counted up to 10000).' }) lag!: number;
  @Field({ description: 'running | failed | stopped' }) status!: string;
  @Field(() => Int) skipped!: number;
  @Field(() => SafeIntScalar, { nullable: true }) failedPosition!: number | null;
  @Field(() => String, { nullable: true }) failedEventId!: string | null;
  @Field(() => String, { nullable: true }) error!: string | null;
}
