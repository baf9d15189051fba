import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { CaseCategory, CaseStatus, ContactRole, ExitReason, MemberRelation } from '@careledger/domain-care-case';
import {
  CaseCategoryEnum,
  CaseStatusEnum,
  ContactRoleEnum,
  ExitReasonEnum,
  MemberRelationEnum,
} from './care-case.types';

/** Fields every command input shares: idempotency key and optimistic concurrency. */
@InputType({ isAbstract: true })
abstract class CommandInput {
  @Field(() => ID, { nullable: true, description: 'Idempotency key: re-sending a command with the same id is a no-op.' })
  commandId?: string | null;
}

@InputType({ isAbstract: true })
abstract class CaseCommandInput extends CommandInput {
  @Field(() => ID) caseId!: string;
  @Field(() => Int, { nullable: true, description: 'The case revision the client saw; a mismatch is CONCURRENCY_CONFLICT.' })
  expectedRevision?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'The civil day the command is about when it was recorded later (default: today, Asia/Shanghai).',
  })
  businessDate?: string | null;
}

@InputType()
export class OpenCaseInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'Chosen by the client, or derived from commandId.' }) caseId?: string | null;
  @Field(() => CaseCategoryEnum) category!: CaseCategory;
  @Field() township!: string;
  @Field() village!: string;
  @Field() address!: string;
  @Field() openedOn!: string;
}

@InputType()
export class RegisterMemberInput extends CaseCommandInput {
  @Field() name!: string;
  @Field() idNumber!: string;
  @Field(() => MemberRelationEnum) relation!: MemberRelation;
  @Field() birthDate!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType()
export class CorrectMemberDetailsInput extends CaseCommandInput {
  @Field(() => ID) personId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) idNumber?: string | null;
  @Field(() => MemberRelationEnum, { nullable: true }) relation?: MemberRelation | null;
  @Field(() => String, { nullable: true }) birthDate?: string | null;
  @Field(() => String, { nullable: true, description: 'New phone; an empty string removes it.' }) phone?: string | null;
  @Field() reason!: string;
}

@InputType()
export class RecordMemberDeathInput extends CaseCommandInput {
  @Field(() => ID) personId!: string;
  @Field() diedOn!: string;
}

@InputType()
export class ChangeCaseCategoryInput extends CaseCommandInput {
  @Field(() => CaseCategoryEnum) category!: CaseCategory;
  @Field() reason!: string;
}

@InputType()
export class AssignContactInput extends CaseCommandInput {
  @Field(() => ContactRoleEnum) role!: ContactRole;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType()
export class AddCaseNoteInput extends CaseCommandInput {
  @Field() text!: string;
}

@InputType()
export class ExitCaseInput extends CaseCommandInput {
  @Field(() => ExitReasonEnum) exitReason!: ExitReason;
  @Field() exitedOn!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class ReopenCaseInput extends CaseCommandInput {
  @Field() reopenedOn!: string;
  @Field() reason!: string;
}

@InputType()
export class CaseFilter {
  @Field(() => String, { nullable: true }) township?: string | null;
  @Field(() => CaseCategoryEnum, { nullable: true }) category?: CaseCategory | null;
  @Field(() => CaseStatusEnum, { nullable: true }) status?: CaseStatus | null;
  @Field(() => String, { nullable: true, description: 'Matches member names, village or address (substring).' })
  search?: string | null;
}
