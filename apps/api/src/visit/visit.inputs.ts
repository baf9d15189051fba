import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { VenueKind, VisitType } from '@careledger/domain-visit';
import { SafeIntScalar } from '../shared/graphql-scalars';
import { VenueKindEnum, VisitTypeEnum } from './visit.types';

@InputType()
export class PersonRefInput {
  @Field(() => ID) caseId!: string;
  @Field(() => ID) personId!: string;
}

@InputType()
export class FollowUpInput {
  @Field() action!: string;
  @Field() dueOn!: string;
}

@InputType()
export class GoodsItemInput {
  @Field() description!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => SafeIntScalar) valueFen!: number;
}

@InputType({ isAbstract: true })
abstract class CommandInput {
  @Field(() => ID, { nullable: true, description: 'Idempotency key: re-sending a command with the same id completes it once.' })
  commandId?: string | null;
}

@InputType()
export class RecordVisitInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Chosen by the client, or derived from commandId.' }) visitId?: string | null;
  @Field(() => VisitTypeEnum) visitType!: VisitType;
  @Field() visitedOn!: string;
  @Field() township!: string;
  @Field(() => [String]) visitors!: string[];
  @Field(() => [ID]) caseIds!: string[];
  @Field(() => [PersonRefInput], { defaultValue: [] }) personsReached!: PersonRefInput[];
  @Field(() => [String], { defaultValue: [] }) needsFound!: string[];
  @Field(() => FollowUpInput, { nullable: true }) followUp?: FollowUpInput | null;
  @Field(() => SafeIntScalar, { defaultValue: 0, description: 'Cash handed over, in fen; charged to fundId.' }) cashAidFen!: number;
  @Field(() => ID, { nullable: true, description: 'Required exactly when cashAidFen > 0.' }) fundId?: string | null;
  @Field(() => [GoodsItemInput], { defaultValue: [] }) goods!: GoodsItemInput[];
}

@InputType({ description: 'Only the fields given change; followUp: null removes it, cashAidFen: 0 releases the fund.' })
export class AmendVisitInput extends CommandInput {
  @Field(() => ID) visitId!: string;
  @Field(() => Int, { nullable: true, description: 'The visit revision the client saw; a mismatch is CONCURRENCY_CONFLICT.' })
  expectedRevision?: number | null;
  @Field() reason!: string;
  @Field(() => VisitTypeEnum, { nullable: true }) visitType?: VisitType | null;
  @Field(() => String, { nullable: true }) visitedOn?: string | null;
  @Field(() => String, { nullable: true }) township?: string | null;
  @Field(() => [String], { nullable: true }) visitors?: string[] | null;
  @Field(() => [ID], { nullable: true }) caseIds?: string[] | null;
  @Field(() => [PersonRefInput], { nullable: true }) personsReached?: PersonRefInput[] | null;
  @Field(() => [String], { nullable: true }) needsFound?: string[] | null;
  @Field(() => FollowUpInput, { nullable: true }) followUp?: FollowUpInput | null;
  @Field(() => SafeIntScalar, { nullable: true }) cashAidFen?: number | null;
  @Field(() => ID, { nullable: true }) fundId?: string | null;
  @Field(() => [GoodsItemInput], { nullable: true }) goods?: GoodsItemInput[] | null;
}

@InputType()
export class VoidVisitInput extends CommandInput {
  @Field(() => ID) visitId!: string;
  @Field(() => Int, { nullable: true }) expectedRevision?: number | null;
  @Field() reason!: string;
}

@InputType()
export class HoldActivityInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Chosen by the client, or derived from commandId.' }) activityId?: string | null;
  @Field(() => VenueKindEnum) venueKind!: VenueKind;
  @Field() venueName!: string;
  @Field() heldOn!: string;
  @Field() topic!: string;
  @Field(() => String, { nullable: true, description: 'Township code; null for a county-wide activity.' }) township?: string | null;
  @Field(() => [PersonRefInput]) attendees!: PersonRefInput[];
  @Field(() => SafeIntScalar, { defaultValue: 0 }) cashAidFen!: number;
  @Field(() => ID, { nullable: true }) fundId?: string | null;
}

@InputType()
export class CorrectAttendanceInput extends CommandInput {
  @Field(() => ID) activityId!: string;
  @Field(() => Int, { nullable: true }) expectedRevision?: number | null;
  @Field(() => [PersonRefInput], { defaultValue: [] }) add!: PersonRefInput[];
  @Field(() => [PersonRefInput], { defaultValue: [] }) remove!: PersonRefInput[];
  @Field() reason!: string;
}

@InputType()
export class VisitFilter {
  @Field(() => String, { nullable: true }) township?: string | null;
  @Field(() => VisitTypeEnum, { nullable: true }) visitType?: VisitType | null;
  @Field(() => String, { nullable: true, description: 'Visited on or after this civil date.' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Visited on or before this civil date.' }) to?: string | null;
  @Field(() => ID, { nullable: true }) caseId?: string | null;
  @Field(() => ID, { nullable: true }) fundId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Voided visits are left out unless true.' }) includeVoided?: boolean | null;
}

@InputType()
export class ActivityFilter {
  @Field(() => String, { nullable: true }) township?: string | null;
  @Field(() => VenueKindEnum, { nullable: true }) venueKind?: VenueKind | null;
  @Field(() => String, { nullable: true }) from?: string | null;
  @Field(() => String, { nullable: true }) to?: string | null;
  @Field(() => ID, { nullable: true }) caseId?: string | null;
}
