import { useMemo } from 'react';
import { Card, Col, Row } from 'antd';
import { useQuery } from '@apollo/client/react';
import { EXPENDITURE_CATEGORY_LABELS } from '@careledger/domain-fund';
import { CLAIM_STATUS_LABELS } from '@careledger/domain-insurance';
import { useI18n } from '../i18n/I18nProvider';
import { TownshipsQuery } from '../townships/TownshipSelect';
import { claimsChartOption, fundChartOption, subsidyChartOption, visitsChartOption, type ChartNames, type ReportSeriesData } from './chart-options';
import { EChart } from './EChart';

type ReportChartsProps = { readonly year: number; readonly series: ReportSeriesData; readonly subsidyTargetFen: number | null };

/** The report's four charts, from the same records as its figures. */
export function ReportCharts({ year, series, subsidyTargetFen }: ReportChartsProps) {
  const { t, label } = useI18n();
  const { data: townships } = useQuery(TownshipsQuery);
  const options = useMemo(() => {
    const names: ChartNames = {
      monthly: t('report.chart.monthly'),
      cumulative: t('report.chart.cumulative'),
      target: t('report.chart.target'),
      count: t('report.chart.count'),
      amount: t('report.chart.amount'),
      yuan: t('report.yuan'),
    };
    const month = (m: number) => t('report.chart.month', { month: m });
    const townshipName = (code: string) => townships?.townships.find((x) => x.code === code)?.name ?? code;
    return {
      subsidy: subsidyChartOption(series.subsidyIssuedByMonth, subsidyTargetFen, names, month),
      claims: claimsChartOption(series.claimsByState, names, (s) => label(CLAIM_STATUS_LABELS, s)),
      visits: visitsChartOption(series.visitsByTownshipMonth, year, townshipName, month),
      funds: fundChartOption(series.fundSpendingByCategory, (c) => label(EXPENDITURE_CATEGORY_LABELS, c)),
    };
  }, [t, label, series, subsidyTargetFen, year, townships]);
  const chart = (key: keyof typeof options, title: string) => (
    <Col xs={24} lg={12}>
      <Card size="small" title={title}>
        <EChart option={options[key]} testId={`report-chart-${key}`} />
      </Card>
    </Col>
  );
  return (
    <Row gutter={[16, 16]} data-testid="report-charts">
      {chart('subsidy', t('report.chart.subsidy'))}
      {chart('claims', t('report.chart.claims'))}
      {chart('visits', t('report.chart.visits'))}
      {series.fundSpendingByCategory.length > 0 && chart('funds', t('report.chart.funds'))}
    </Row>
  );
}
