import { SealAnnualReportHandler } from './seal-annual-report.command';
import { ListSealedReportsHandler } from './sealed-reports.query';
import { SealResolver } from './seal.resolver';
import { VerifySealedReportHandler } from './verify-sealed-report.query';

/** Everything the report module registers for sealed reports. */
export const SEAL_PROVIDERS = [SealResolver, SealAnnualReportHandler, ListSealedReportsHandler, VerifySealedReportHandler];
