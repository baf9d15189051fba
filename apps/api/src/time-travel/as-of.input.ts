import { Field, InputType } from '@nestjs/graphql';

@InputType('AsOf', { description: 'Exactly one of the two axes.' })
export class AsOfInput {
  @Field(() => String, {
    nullable: true,
    description: 'What we knew then: only events recorded at or before this ISO-8601 instant.',
  })
  recordedAt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The family as of that civil day, using everything known now (late-recorded events included).',
  })
  businessDate?: string | null;
}
