import type { QueryBus } from '@nestjs/cqrs';
import { GetAnnualReportQuery } from '../get-annual-report.query';
import type { AnnualReport } from '../report.types';
import { canonicalReportJson, figuresHashOf } from './canonical-report-json';

export interface RegeneratedReport {
  readonly report: AnnualReport;
  readonly canonical: string;
  readonly figuresHash: string;
}

/** The report of a year as of a log position, through the replay path (never the live read model). */
export async function regenerateReport(queries: QueryBus, year: number, township: string | null, position: number): Promise<RegeneratedReport> {
  const report = await queries.execute(new GetAnnualReportQuery(year, township, position));
  const canonical = canonicalReportJson(report);
  return { report, canonical, figuresHash: figuresHashOf(canonical) };
}
