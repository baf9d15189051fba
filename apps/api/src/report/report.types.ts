import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ReportFactKind, ReportFigureUnit } from '@careledger/projections';
import type { TargetDirection, TargetUnit } from '@careledger/domain-fund';
import { SafeIntScalar } from '../shared/graphql-scalars';
import { TargetDirectionEnum, TargetUnitEnum } from '../fund/target.types';
import { ReportSeries } from './report-series.types';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ReportFigureUnitEnum = asEnum<ReportFigureUnit>(['FEN', 'COUNT', 'PERSON', 'BASIS_POINTS']);
registerEnumType(ReportFigureUnitEnum, { name: 'ReportFigureUnit' });
const FACT_KINDS: readonly ReportFactKind[] = [
  'CASE', 'SUBSIDY', 'POLICY', 'ENROLMENT', 'CLAIM', 'VISIT', 'ACTIVITY', 'FUND', 'RECEIPT', 'EXPENDITURE', 'TARGET', 'DONATION',
];
export const ReportSourceKindEnum = asEnum(FACT_KINDS);
registerEnumType(ReportSourceKindEnum, { name: 'ReportSourceKind' });

@ObjectType({ description: 'One record a figure counted, with the log positions of the events that made it.' })
export class ReportSource {
  @Field() streamId!: string;
  @Field(() => ReportSourceKindEnum) kind!: ReportFactKind;
  @Field({ description: 'The record: application, claim, person, visit, activity, receipt, expenditure or donation id.' })
  recordId!: string;
  @Field(() => [SafeIntScalar]) positions!: readonly number[];
  @Field(() => SafeIntScalar, { nullable: true, description: 'What it adds to a money figure, in fen.' })
  amountFen!: number | null;
  @Field(() => [String], { description: 'The families concerned: link to each case timeline.' })
  caseIds!: readonly string[];
}

@ObjectType({ description: 'One figure of the annual report (key = a target sourceQuery).' })
export class ReportFigure {
  @Field() key!: string;
  @Field(() => SafeIntScalar) value!: number;
  @Field(() => ReportFigureUnitEnum) unit!: ReportFigureUnit;
  @Field(() => [ReportSource], { description: 'Drill-down: exactly the records counted.' })
  sources!: readonly ReportSource[];
}

@ObjectType({ description: 'A performance target of the year measured against the report (财预〔2020〕10号).' })
export class ReportTarget {
  @Field() indicatorId!: string;
  @Field() name!: string;
  @Field(() => TargetDirectionEnum) direction!: TargetDirection;
  @Field(() => SafeIntScalar) value!: number;
  @Field(() => TargetUnitEnum) unit!: TargetUnit;
  @Field(() => Int) weight!: number;
  @Field() sourceQuery!: string;
  @Field(() => SafeIntScalar, { nullable: true, description: 'null when the report has no figure for sourceQuery.' })
  actual!: number | null;
  @Field(() => Int, { nullable: true, description: 'actual / value in basis points, not capped.' })
  completionBp!: number | null;
  @Field(() => Int, { nullable: true, description: 'Points earned in hundredths (1719 = 17.19).' })
  score!: number | null;
  @Field(() => String, { nullable: true, description: 'The deviation reason (偏差原因) of the self-evaluation, null until explained.' })
  deviationReason!: string | null;
}

@ObjectType({ description: "One township's figures (county-only figures are left out)." })
export class ReportTownship {
  @Field() township!: string;
  @Field(() => [ReportFigure]) figures!: readonly ReportFigure[];
}

@ObjectType({ description: 'The annual report of a year, for the county or one township, as of a log position.' })
export class AnnualReport {
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true, description: 'null = the whole county.' }) township!: string | null;
  @Field(() => SafeIntScalar, { description: 'The log position the report was computed at.' }) position!: number;
  @Field(() => [ReportFigure]) figures!: readonly ReportFigure[];
  @Field(() => [ReportTarget], { description: "The year's active targets (county report only)." })
  targets!: readonly ReportTarget[];
  @Field(() => [ReportTownship], { description: 'Per-township breakdown (county report only).' })
  townships!: readonly ReportTownship[];
  @Field(() => ReportSeries, { description: 'Chart series (same scope and records as the figures).' })
  series!: ReportSeries;
}
