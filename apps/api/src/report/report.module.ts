import { Module } from '@nestjs/common';
import { GetAnnualReportHandler } from './get-annual-report.query';
import { ReportResolver } from './report.resolver';

/** The annual report: live from the report-facts read model, or replayed to a past position. */
@Module({ providers: [ReportResolver, GetAnnualReportHandler] })
export class ReportModule {}
