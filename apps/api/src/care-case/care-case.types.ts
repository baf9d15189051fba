import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CASE_CATEGORIES,
  CASE_STATUSES,
  CONTACT_ROLES,
  EXIT_REASONS,
  MEMBER_RELATIONS,
  SEXES,
  type CaseCategory,
  type CaseStatus,
  type ContactRole,
  type ExitReason,
  type MemberRelation,
  type Sex,
} from '@careledger/domain-care-case';
import type { CaseView } from '@careledger/projections';
import { JsonScalar, SafeIntScalar } from '../shared/graphql-scalars';

/** GraphQL enums generated from the domain's closed vocabularies (one source of truth). */
const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const CaseCategoryEnum = asEnum(CASE_CATEGORIES);
export const CaseStatusEnum = asEnum(CASE_STATUSES);
export const ExitReasonEnum = asEnum(EXIT_REASONS);
export const MemberRelationEnum = asEnum(MEMBER_RELATIONS);
export const ContactRoleEnum = asEnum(CONTACT_ROLES);
export const SexEnum = asEnum(SEXES);
registerEnumType(CaseCategoryEnum, { name: 'CaseCategory' });
registerEnumType(CaseStatusEnum, { name: 'CaseStatus' });
registerEnumType(ExitReasonEnum, { name: 'ExitReason' });
registerEnumType(MemberRelationEnum, { name: 'MemberRelation' });
registerEnumType(ContactRoleEnum, { name: 'ContactRole' });
registerEnumType(SexEnum, { name: 'Sex' });

@ObjectType()
export class Member {
  @Field(() => ID) personId!: string;
  @Field() name!: string;
  @Field({ description: "Masked: first 4 and last 4 characters, e.g. 4312**********1234; '[已删除]' once erased." })
  idNumberMasked!: string;
  @Field(() => MemberRelationEnum) relation!: MemberRelation;
  @Field(() => SexEnum) sex!: Sex;
  @Field() birthDate!: string;
  @Field(() => String, { nullable: true, description: 'Masked phone, e.g. 138****5678.' }) phoneMasked!: string | null;
  @Field() deceased!: boolean;
  @Field(() => String, { nullable: true }) diedOn!: string | null;
}

@ObjectType()
export class Contact {
  @Field(() => ContactRoleEnum) role!: ContactRole;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
}

@ObjectType({ description: 'One event on a family timeline: what happened, who did it, when and why.' })
export class TimelineEntry {
  @Field(() => ID) eventId!: string;
  @Field(() => SafeIntScalar) position!: number;
  @Field() streamId!: string;
  @Field(() => Int) revision!: number;
  @Field() type!: string;
  @Field(() => JsonScalar, { description: 'Event payload with personal data masked.' }) data!: unknown;
  @Field() recordedAt!: string;
  @Field(() => String, { nullable: true }) businessDate!: string | null;
  @Field() actorId!: string;
  @Field() actorName!: string;
  @Field() actorRole!: string;
  @Field(() => String, { nullable: true }) actorTownship!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() commandId!: string;
  @Field() correlationId!: string;
}

@ObjectType()
export class Case {
  @Field(() => ID) id!: string;
  @Field(() => CaseCategoryEnum) category!: CaseCategory;
  @Field(() => CaseStatusEnum) status!: CaseStatus;
  @Field() township!: string;
  @Field() townshipName!: string;
  @Field() village!: string;
  @Field() address!: string;
  @Field() openedOn!: string;
  @Field(() => ExitReasonEnum, { nullable: true }) exitReason!: ExitReason | null;
  @Field(() => String, { nullable: true }) exitedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Name of the household head (or first registered member).' })
  headName!: string | null;
  @Field(() => Int) memberCount!: number;
  @Field(() => Int, { description: 'Stream revision the read model reflects: send it back as expectedRevision.' })
  revision!: number;
  @Field() lastRecordedAt!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Null for the live read model; else the time shown, e.g. "businessDate:2023-11-15".',
  })
  asOf!: string | null;
  // members, contacts and timeline are resolved by field resolvers (loaded only when asked for).
  /** Not in the schema: the folded view behind an `asOf` case, which the field resolvers read. */
  history?: CaseView;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType()
export class CaseEdge {
  @Field() cursor!: string;
  @Field(() => Case) node!: Case;
}

@ObjectType()
export class CaseConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [CaseEdge]) edges!: CaseEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
