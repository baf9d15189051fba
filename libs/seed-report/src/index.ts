export { SEED_REPORT_2023_FIGURES, type SeedReportFigures } from './seed-report-2023.figures';
export { SEED_REPORT_2023_TARGETS, type SeedReportTarget } from './seed-report-2023.targets';
export { REPORT_SECTIONS, type ReportSectionFigureKey, type ReportSectionId } from './report-sections';
