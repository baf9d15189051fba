import { useState } from 'react';
import { Button, Card, Select, Space, Spin, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { todayInShanghai } from '../forms/CivilDateField';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { TownshipSelect } from '../townships/TownshipSelect';
import { ExplainDeviationModal, type DeviationTarget } from './ExplainDeviationModal';
import { FigureSourcesDrawer, type ReportFigureData } from './FigureSourcesDrawer';
import { annualReportXlsxPath, openingReportYear, reportPrintPath, selectableReportYears, selfEvaluationXlsxPath } from './report-params';
import { AnnualReportQuery, ReportYearsQuery } from './report.queries';
import { ReportCharts } from './ReportCharts';
import { ReportSections } from './ReportSections';
import { SealedReportsCard } from './SealedReportsCard';
import { SelfEvaluationTable } from './SelfEvaluationTable';

/** The year's money target on the subsidy issued, drawn as the chart's target line. */
const subsidyTargetFen = (targets: ReadonlyArray<{ readonly sourceQuery: string; readonly unit: string; readonly value: number }>): number | null =>
  targets.find((x) => x.sourceQuery === 'nursingSubsidy.issuedFen' && x.unit === 'FEN')?.value ?? null;

/**
 * /report — opens on the latest year the log has something to report for (or `initialYear`), and
 * lists the years with data among the ones to choose.
 */
export function ReportPage({ initialYear }: { readonly initialYear?: number }) {
  const years = useQuery(ReportYearsQuery, { fetchPolicy: 'cache-and-network' });
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const dataYears = years.data?.annualReportYears ?? [];
  // Without the list (an error), the page still opens, on last year.
  if (initialYear === undefined && years.loading && !years.data) return <Spin data-testid="report-page-loading" />;
  return <AnnualReportView initialYear={initialYear ?? openingReportYear(dataYears, thisYear)} dataYears={dataYears} />;
}

/** The year's figures by section, each drilling down to its records, and the self-evaluation. */
function AnnualReportView({ initialYear, dataYears }: { readonly initialYear: number; readonly dataYears: readonly number[] }) {
  const { t } = useI18n();
  const [year, setYear] = useState(initialYear);
  const [township, setTownship] = useState<string | null>(null);
  const [opened, setOpened] = useState<ReportFigureData | null>(null);
  const [explaining, setExplaining] = useState<DeviationTarget | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(AnnualReportQuery, {
    variables: { year, township, minPosition: null },
    fetchPolicy: 'cache-and-network',
  });
  const report = (data ?? previousData)?.annualReport;
  const params = { year, township };
  const lastYear = Math.max(Number(todayInShanghai().slice(0, 4)), year);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="report-page">
      <Card
        title={t('report.title', { year })}
        extra={
          <Space wrap>
            <Select<number>
              aria-label={t('report.year')}
              data-testid="report-year"
              value={year}
              onChange={setYear}
              options={selectableReportYears(dataYears, lastYear).map((y) => ({ value: y, label: String(y) }))}
            />
            <TownshipSelect
              ariaLabel={t('report.township')}
              testId="report-township"
              value={township}
              onChange={(code) => setTownship(code ?? null)}
              placeholder={t('report.county')}
              allowClear
              style={{ minWidth: 140 }}
            />
            <Link to={reportPrintPath(params)} data-testid="report-print-link">
              {t('report.print')}
            </Link>
            <Button href={annualReportXlsxPath(params)} data-testid="report-export">
              {t('report.exportReport')}
            </Button>
            <Button href={selfEvaluationXlsxPath(year)} data-testid="report-export-evaluation">
              {t('report.exportSelfEvaluation')}
            </Button>
          </Space>
        }
      >
        {report && <Typography.Text type="secondary">{t('report.position', { position: report.position })}</Typography.Text>}
        {loading && !report && <Spin />}
      </Card>
      {error ? (
        <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />
      ) : (
        report && (
          <>
            <ReportSections figures={report.figures} onOpen={setOpened} />
            <ReportCharts year={report.year} series={report.series} subsidyTargetFen={subsidyTargetFen(report.targets)} />
            {report.township === null && <SelfEvaluationTable targets={report.targets} onExplain={setExplaining} />}
          </>
        )
      )}
      <SealedReportsCard year={year} township={township} />
      <FigureSourcesDrawer figure={opened} onClose={() => setOpened(null)} />
      <ExplainDeviationModal year={year} target={explaining} onClose={() => setExplaining(null)} />
    </Space>
  );
}
