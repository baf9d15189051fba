import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../care-case/care-case.types';
import { JsonScalar, SafeIntScalar } from '../shared/graphql-scalars';

@ObjectType({ description: 'One event of the log with everything an auditor asks: what, who, when, why, and its hash.' })
export class AuditEvent {
  @Field(() => ID) eventId!: string;
  @Field(() => SafeIntScalar) position!: number;
  @Field() streamId!: string;
  @Field() streamType!: string;
  @Field(() => Int) revision!: number;
  @Field() type!: string;
  @Field(() => Int) schemaVersion!: number;
  @Field(() => JsonScalar, { description: 'Payload with personal data masked.' }) data!: unknown;
  @Field() recordedAt!: string;
  @Field(() => String, { nullable: true }) businessDate!: string | null;
  @Field() actorId!: string;
  @Field() actorName!: string;
  @Field() actorRole!: string;
  @Field(() => String, { nullable: true }) actorTownship!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() commandId!: string;
  @Field() correlationId!: string;
  @Field() causationId!: string;
  @Field() prevHash!: string;
  @Field() hash!: string;
  @Field(() => [ID], { description: 'Cases this event touches (for links to their timelines).' }) caseIds!: string[];
}

@ObjectType()
export class AuditEventEdge {
  @Field() cursor!: string;
  @Field(() => AuditEvent) node!: AuditEvent;
}

@ObjectType()
export class AuditEventConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [AuditEventEdge]) edges!: AuditEventEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
