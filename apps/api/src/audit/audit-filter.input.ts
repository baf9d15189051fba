import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Exact stream id, e.g. case-<uuid>.' }) streamId?: string | null;
  @Field(() => String, { nullable: true, description: "Stream type = prefix before the first '-', e.g. 'case'." })
  streamType?: string | null;
  @Field(() => ID, { nullable: true, description: 'Events touching this case (any stream type, e.g. later visits naming the case).' })
  caseId?: string | null;
  @Field(() => String, { nullable: true }) actorId?: string | null;
  @Field(() => String, { nullable: true, description: 'Township code of the acting user.' }) township?: string | null;
  @Field(() => [String], { nullable: true }) eventTypes?: string[] | null;
  @Field(() => String, { nullable: true, description: 'ISO-8601 instant, inclusive.' }) recordedFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO-8601 instant, exclusive.' }) recordedTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Civil date YYYY-MM-DD, inclusive.' }) businessFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Civil date YYYY-MM-DD, inclusive.' }) businessTo?: string | null;
}
