import { Button, Space, Spin, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { REPORT_PATH } from '../routing/routes';
import { printLines } from './print-lines';
import { readReportParams } from './report-params';
import { figureValues } from './report-sections';
import { AnnualReportQuery } from './report.queries';
import { SelfEvaluationTable } from './SelfEvaluationTable';

// Printing hides the app's header, nav and this page's own buttons: the sheet is the report alone.
const PRINT_CSS = `@media print {
  .ant-layout-header, nav, .report-print-actions { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; padding: 0 !important; }
}`;

/** /report/print?year=&township= — the report as prose lines in the seed report's sections, for paper. */
export function ReportPrintPage() {
  const { t } = useI18n();
  const { year, township } = readReportParams(window.location.search);
  const { data, loading, error, refetch } = useQuery(AnnualReportQuery, { variables: { year, township, minPosition: null } });
  const report = data?.annualReport;
  return (
    <div data-testid="report-print" style={{ maxWidth: 900, margin: '0 auto', background: '#fff', padding: 24 }}>
      <style>{PRINT_CSS}</style>
      <Space className="report-print-actions" style={{ marginBottom: 16 }}>
        <Link to={REPORT_PATH}>{t('report.print.back')}</Link>
        <Button onClick={() => window.print()}>{t('report.print.doPrint')}</Button>
      </Space>
      <Typography.Title level={3} style={{ textAlign: 'center' }}>
        {t('report.title', { year })}
        {township ? ` · ${township}` : ''}
      </Typography.Title>
      {error && <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />}
      {loading && !report && <Spin />}
      {report &&
        printLines(figureValues(report.figures), report.targets, t).map(({ section, line }) => (
          <section key={section} data-testid="report-print-line">
            <Typography.Title level={5}>{t(`report.section.${section}`)}</Typography.Title>
            <Typography.Paragraph style={{ textIndent: '2em' }}>{line}</Typography.Paragraph>
          </section>
        ))}
      {report && report.township === null && <SelfEvaluationTable targets={report.targets} />}
    </div>
  );
}
