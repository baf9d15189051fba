import { Descriptions, Table } from 'antd';
import { EXPENDITURE_CATEGORY_LABELS } from '@careledger/domain-fund';
import type { FundPageQuery } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { fenToYuan } from '../money/yuan-fen';
import { formatShare } from './target-value';

type Fund = NonNullable<FundPageQuery['fund']>;

/** The fund's figures as the API computes them (the domain's ledgerFigures): no arithmetic here. */
export function FundFigures({ fund }: { readonly fund: Fund }) {
  const { t, label } = useI18n();
  const { figures } = fund;
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered data-testid="fund-figures">
        <Descriptions.Item label={t('funds.col.allocated')}>{fenToYuan(fund.allocatedFen)}</Descriptions.Item>
        <Descriptions.Item label={t('funds.col.received')}>
          <span data-testid="fund-received">{fenToYuan(fund.receivedFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('funds.col.spent')}>
          <span data-testid="fund-spent">{fenToYuan(fund.spentFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('funds.col.remaining')}>
          <span data-testid="fund-remaining">{fenToYuan(fund.remainingFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('funds.figures.balance')}>
          <span data-testid="fund-balance">{fenToYuan(figures.balanceFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('funds.figures.gap')}>{fenToYuan(figures.receivedGapFen)}</Descriptions.Item>
        <Descriptions.Item label={t('funds.figures.basicSpent')}>{fenToYuan(figures.basicSpentFen)}</Descriptions.Item>
      </Descriptions>
      <Table
        style={{ marginTop: 16 }}
        size="small"
        pagination={false}
        rowKey="category"
        title={() => t('funds.figures.byCategory')}
        dataSource={figures.byCategory}
        columns={[
          { key: 'category', title: t('funds.field.category'), render: (_, r) => label(EXPENDITURE_CATEGORY_LABELS, r.category) },
          { key: 'spent', title: t('funds.col.spent'), align: 'right', render: (_, r) => fenToYuan(r.spentFen) },
          { key: 'share', title: t('funds.figures.share'), align: 'right', render: (_, r) => formatShare(r.shareBp) },
          {
            key: 'basicShare',
            title: t('funds.figures.basicShare'),
            align: 'right',
            render: (_, r) => (r.basicShareBp === null ? '—' : formatShare(r.basicShareBp)),
          },
        ]}
      />
    </>
  );
}
