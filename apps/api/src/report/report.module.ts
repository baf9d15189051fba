import { Module } from '@nestjs/common';
import { ReportExportController } from './export';
import { GetAnnualReportHandler } from './get-annual-report.query';
import { GetReportYearsHandler } from './get-report-years.query';
import { ReportResolver } from './report.resolver';
import { SEAL_PROVIDERS } from './seal';

/** The annual report (live, or replayed to a past position), its seals and its XLSX exports. */
@Module({ controllers: [ReportExportController], providers: [ReportResolver, GetAnnualReportHandler, GetReportYearsHandler, ...SEAL_PROVIDERS] })
export class ReportModule {}
