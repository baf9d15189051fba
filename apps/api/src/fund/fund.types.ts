import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EXPENDITURE_CATEGORIES, type ExpenditureCategory } from '@careledger/domain-fund';
import { PageInfo } from '../care-case/care-case.types';
import { SafeIntScalar } from '../shared/graphql-scalars';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ExpenditureCategoryEnum = asEnum(EXPENDITURE_CATEGORIES);
registerEnumType(ExpenditureCategoryEnum, { name: 'ExpenditureCategory' });

export const LEDGER_ENTRY_KINDS = ['ALLOCATION', 'ADJUSTMENT', 'RECEIPT', 'EXPENDITURE', 'REVERSAL'] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];
export const LedgerEntryKindEnum = asEnum(LEDGER_ENTRY_KINDS);
registerEnumType(LedgerEntryKindEnum, { name: 'LedgerEntryKind' });

/** The kinds of record a fund entry may be linked to, each with its own screen in the web app. */
export const LINKED_RECORD_KINDS = ['CASE', 'VISIT', 'ACTIVITY', 'SUBSIDY_APPLICATION', 'INSURANCE_CLAIM', 'OTHER'] as const;
export type LinkedRecordKind = (typeof LINKED_RECORD_KINDS)[number];
export const LinkedRecordKindEnum = asEnum(LINKED_RECORD_KINDS);
registerEnumType(LinkedRecordKindEnum, { name: 'LinkedRecordKind' });

@ObjectType({ description: 'The record a fund entry belongs to, e.g. the visit whose cash aid it paid.' })
export class LinkedRecord {
  @Field(() => ID) streamId!: string;
  @Field(() => LinkedRecordKindEnum) kind!: LinkedRecordKind;
  @Field(() => ID, { description: 'The record id within its kind (the stream id without its type prefix).' })
  recordId!: string;
}

@ObjectType()
export class CategoryFigure {
  @Field(() => ExpenditureCategoryEnum) category!: ExpenditureCategory;
  @Field(() => SafeIntScalar) spentFen!: number;
  @Field(() => Int, { description: 'Share of all spending, in basis points (5990 = 59.90 %).' }) shareBp!: number;
  @Field(() => Int, { nullable: true, description: 'Share of basic spending (personnel + public), for those two.' })
  basicShareBp!: number | null;
}

@ObjectType({ description: 'The figures of a fund as the domain computes them (ledgerFigures).' })
export class FundFigures {
  @Field(() => [CategoryFigure]) byCategory!: CategoryFigure[];
  @Field(() => SafeIntScalar, { description: 'Personnel + public spending (基本支出).' }) basicSpentFen!: number;
  @Field(() => SafeIntScalar, { description: 'Received − spent: the cash left (年末结余).' }) balanceFen!: number;
  @Field(() => SafeIntScalar, { description: 'Allocated − received: what the treasury has yet to pay in.' })
  receivedGapFen!: number;
}

@ObjectType()
export class Fund {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field() code!: string;
  @Field() name!: string;
  @Field() purpose!: string;
  @Field(() => SafeIntScalar, { description: 'The first allocation as made.' }) initialAmountFen!: number;
  @Field() allocatedOn!: string;
  @Field(() => SafeIntScalar, { description: 'Allocated including adjustments.' }) allocatedFen!: number;
  @Field(() => SafeIntScalar) receivedFen!: number;
  @Field(() => SafeIntScalar, { description: 'Recorded minus reversed expenditures.' }) spentFen!: number;
  @Field(() => SafeIntScalar, { description: 'Allocated − spent: what may still be spent.' }) remainingFen!: number;
  @Field(() => Int) revision!: number;
  /** Spent per category, for the figures resolver. */
  spentByCategory!: Readonly<Record<ExpenditureCategory, number>>;
}

@ObjectType()
export class FundEdge {
  @Field() cursor!: string;
  @Field(() => Fund) node!: Fund;
}

@ObjectType()
export class FundConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [FundEdge]) edges!: FundEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ description: "One entry of a fund's ledger, with the fund's running figures after it." })
export class FundLedgerEntry {
  @Field(() => SafeIntScalar) position!: number;
  @Field(() => LedgerEntryKindEnum) kind!: LedgerEntryKind;
  @Field({ description: 'The civil day the entry is about.' }) date!: string;
  @Field(() => ID, { description: 'Receipt, expenditure or adjustment id (the fund id for the allocation).' })
  entryId!: string;
  @Field(() => SafeIntScalar, { description: 'As stated: positive, except a cut in the allocation.' }) amountFen!: number;
  @Field(() => ExpenditureCategoryEnum, { nullable: true }) category!: ExpenditureCategory | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'Who paid a receipt in.' }) source!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => LinkedRecord, { nullable: true }) linked!: LinkedRecord | null;
  @Field({ description: 'An expenditure a later entry reversed.' }) reversed!: boolean;
  @Field(() => SafeIntScalar, { description: 'Allocated − spent after this entry.' }) runningRemainingFen!: number;
  @Field(() => SafeIntScalar, { description: 'Received − spent after this entry.' }) runningBalanceFen!: number;
  @Field() actorId!: string;
  @Field() actorName!: string;
  @Field() recordedAt!: string;
}

@ObjectType()
export class FundLedgerEdge {
  @Field() cursor!: string;
  @Field(() => FundLedgerEntry) node!: FundLedgerEntry;
}

@ObjectType()
export class FundLedgerConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [FundLedgerEdge]) edges!: FundLedgerEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
