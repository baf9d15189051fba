import { Drawer, Empty, Space, Table } from 'antd';
import { auditTrailPath } from '../audit-trail/audit-filter';
import type { AnnualReportPageQuery } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/i18n';
import { fenToYuan } from '../money/yuan-fen';
import { Link } from '../routing/Link';
import { formatFigure } from './report-format';
import { sourceLinks } from './source-links';

export type ReportFigureData = AnnualReportPageQuery['annualReport']['figures'][number];
type SourceRow = ReportFigureData['sources'][number];

/**
 * The drill-down of one figure: every record it counted, each linked to its page, its family's
 * timeline, and its events in the audit trail (the log positions that make it, marked there).
 */
export function FigureSourcesDrawer({ figure, onClose }: { readonly figure: ReportFigureData | null; readonly onClose: () => void }) {
  const { t } = useI18n();
  const title = figure
    ? t('report.sources.title', {
        figure: t(`report.figure.${figure.key}` as MessageKey),
        value: formatFigure(figure.unit, figure.value, t('report.yuan')),
        count: figure.sources.length,
      })
    : '';
  return (
    <Drawer open={figure !== null} onClose={onClose} title={title} size="large" data-testid="report-sources">
      {figure && figure.sources.length === 0 ? (
        <Empty description={t('report.sources.empty')} />
      ) : (
        <Table<SourceRow>
          size="small"
          rowKey={(row) => `${row.kind}:${row.streamId}:${row.recordId}`}
          dataSource={figure?.sources ?? []}
          pagination={{ pageSize: 100, hideOnSinglePage: true }}
          onRow={() => ({ 'data-testid': 'report-source' }) as object}
          columns={[
            { key: 'kind', title: t('report.sources.kind'), render: (_, row) => t(`report.kind.${row.kind}` as MessageKey) },
            { key: 'record', title: t('report.sources.record'), dataIndex: 'recordId' },
            {
              key: 'amount',
              title: t('report.sources.amount'),
              align: 'right',
              render: (_, row) => (row.amountFen === null ? '' : fenToYuan(row.amountFen)),
            },
            {
              key: 'events',
              title: t('report.sources.events'),
              render: (_, row) => (
                <Link to={auditTrailPath({ streamId: row.streamId, positions: row.positions })} title={t('report.sources.eventsHint')} data-testid="report-source-events">
                  {row.positions.map((p) => `#${p}`).join(' ')}
                </Link>
              ),
            },
            {
              key: 'links',
              title: t('report.sources.links'),
              render: (_, row) => (
                <Space size="small" wrap>
                  {sourceLinks(row).map((link) => (
                    <Link key={link.to} to={link.to} data-testid={`report-source-${link.kind}`}>
                      {link.kind === 'case' ? t('report.sources.case') : t('report.sources.open')}
                    </Link>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Drawer>
  );
}
