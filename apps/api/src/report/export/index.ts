export { ReportExportController } from './report-export.controller';
