import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { SafeIntScalar } from '../../shared/graphql-scalars';

@InputType()
export class SealAnnualReportInput {
  @Field(() => ID, { nullable: true, description: 'Idempotency key: re-sending a command with the same id is a no-op.' })
  commandId?: string | null;
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true, description: 'null = the county report.' }) township?: string | null;
  @Field(() => String, { nullable: true, description: 'Why or for whom it was sealed (e.g. 报县财政局).' }) note?: string | null;
}

@ObjectType({ description: 'A sealed annual report: the log position and hash it was computed at, and the hash of its figures.' })
export class SealedReport {
  @Field(() => ID) sealId!: string;
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true, description: 'null = the county report.' }) township!: string | null;
  @Field(() => SafeIntScalar) position!: number;
  @Field({ description: 'Hash of the log event at position.' }) headHash!: string;
  @Field({ description: 'sha256 of the canonical JSON of the figures.' }) figuresHash!: string;
  @Field({ description: 'Civil date of the seal.' }) sealedOn!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field({ description: 'Instant the seal was recorded (ISO-8601 UTC).' }) sealedAt!: string;
  @Field({ description: 'The user who sealed it.' }) sealedBy!: string;
}

@ObjectType({ description: 'A sealed report regenerated at its position and compared with the sealed figures.' })
export class SealVerification {
  @Field(() => ID) sealId!: string;
  @Field({ description: 'True when the regenerated figures hash equals the expected one.' }) matches!: boolean;
  @Field({ description: 'The hash compared against: the seal’s, unless the caller named another.' }) figuresHash!: string;
  @Field() regeneratedHash!: string;
  @Field(() => SafeIntScalar) position!: number;
  @Field({ description: 'The regenerated figures as canonical JSON (what regeneratedHash is over).' }) regeneratedJson!: string;
}
