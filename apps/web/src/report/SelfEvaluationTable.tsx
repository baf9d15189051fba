import { Button, Card, Table, Tag, Typography } from 'antd';
import { gradeForScore, PERFORMANCE_GRADE_LABELS, TARGET_DIRECTION_LABELS, type PerformanceGrade } from '@careledger/domain-fund';
import type { AnnualReportPageQuery } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { formatBp, formatScore, formatTargetValue, indicatorGrade } from './report-format';

type TargetRow = AnnualReportPageQuery['annualReport']['targets'][number];

const GRADE_COLOR: Record<PerformanceGrade, string> = { EXCELLENT: 'green', GOOD: 'blue', FAIR: 'orange', POOR: 'red' };

type Props = {
  readonly targets: readonly TargetRow[];
  /** Offers 说明偏差 on each row (the report page); the printed table only shows the reasons. */
  readonly onExplain?: (target: TargetRow) => void;
};

/** 绩效自评表: each indicator against its target, its score and grade, and its deviation reason (偏差原因). */
export function SelfEvaluationTable({ targets, onExplain }: Props) {
  const { t, label } = useI18n();
  const yuan = t('report.yuan');
  const total = targets.reduce((sum, row) => sum + (row.score ?? 0), 0);
  const totalWeight = targets.reduce((sum, row) => sum + row.weight, 0);
  const grade = (g: PerformanceGrade) => <Tag color={GRADE_COLOR[g]}>{label(PERFORMANCE_GRADE_LABELS, g)}</Tag>;
  return (
    <Card size="small" title={t('report.eval.title')} data-testid="report-self-evaluation">
      <Table<TargetRow>
        size="small"
        rowKey="indicatorId"
        pagination={false}
        dataSource={[...targets]}
        locale={{ emptyText: t('report.eval.empty') }}
        onRow={() => ({ 'data-testid': 'report-target' }) as object}
        columns={[
          { key: 'name', title: t('report.eval.indicator'), dataIndex: 'name' },
          { key: 'direction', title: t('report.eval.direction'), render: (_, row) => label(TARGET_DIRECTION_LABELS, row.direction) },
          { key: 'target', title: t('report.eval.target'), align: 'right', render: (_, row) => formatTargetValue(row.unit, row.value, yuan) },
          {
            key: 'actual',
            title: t('report.eval.actual'),
            align: 'right',
            render: (_, row) => (row.actual === null ? '—' : formatTargetValue(row.unit, row.actual, yuan)),
          },
          {
            key: 'completion',
            title: t('report.eval.completion'),
            align: 'right',
            render: (_, row) => (row.completionBp === null ? '—' : formatBp(row.completionBp)),
          },
          { key: 'weight', title: t('report.eval.weight'), align: 'right', dataIndex: 'weight' },
          { key: 'score', title: t('report.eval.score'), align: 'right', render: (_, row) => (row.score === null ? '—' : formatScore(row.score)) },
          { key: 'grade', title: t('report.eval.grade'), render: (_, row) => (row.score === null ? '—' : grade(indicatorGrade(row.score, row.weight))) },
          {
            key: 'deviation',
            title: t('report.eval.deviationReason'),
            render: (_, row) => (
              <span data-testid="report-target-deviation">
                {row.deviationReason ?? (missesTarget(row) ? <Typography.Text type="warning">{t('report.eval.reasonMissing')}</Typography.Text> : '—')}
                {onExplain && (
                  <Button type="link" size="small" onClick={() => onExplain(row)} data-testid="report-target-explain">
                    {row.deviationReason ? t('report.eval.editReason') : t('report.eval.explain')}
                  </Button>
                )}
              </span>
            ),
          },
        ]}
        summary={() =>
          targets.length === 0 ? null : (
            <Table.Summary.Row data-testid="report-eval-total">
              <Table.Summary.Cell index={0} colSpan={5}>
                <Typography.Text strong>{t('report.eval.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {totalWeight}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                {formatScore(total)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7}>{grade(gradeForScore(total))}</Table.Summary.Cell>
              <Table.Summary.Cell index={8} />
            </Table.Summary.Row>
          )
        }
      />
    </Card>
  );
}

/** A measured indicator short of full marks: the self-evaluation asks why (偏差原因). */
export const missesTarget = (row: Pick<TargetRow, 'score' | 'weight'>): boolean => row.score !== null && row.score < row.weight * 100;
