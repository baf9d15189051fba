import { useState } from 'react';
import { Button, Card, Space, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { readApiError } from '../errors/api-error';
import { ErrorResult } from '../errors/ErrorResult';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { FUNDS_PATH } from '../routing/routes';
import { AdjustAllocationModal } from './AdjustAllocationModal';
import { FundFigures } from './FundFigures';
import { FundLedgerTable } from './FundLedgerTable';
import { FundPageQuery } from './funds.queries';
import { ReceiveFundsModal } from './ReceiveFundsModal';
import { RecordExpenditureModal } from './RecordExpenditureModal';

type Dialog = 'receive' | 'spend' | 'adjust' | null;

/** /funds/:id — the fund's figures, its ledger and the commands on it. */
export function FundPage({ fundId }: { readonly fundId: string }) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, loading, error, refetch } = useQuery(FundPageQuery, { variables: { id: fundId, minPosition: null } });
  const fund = data?.fund;
  if (error) return <ErrorResult apiError={readApiError(error)} onRetry={() => void refetch()} />;
  if (!fund) {
    return (
      <Card loading={loading} data-testid="fund-page">
        {!loading && <Typography.Text data-testid="fund-not-found">{t('funds.notFound')}</Typography.Text>}
      </Card>
    );
  }
  const close = () => setDialog(null);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="fund-page">
      <Card
        title={<span data-testid="fund-title">{`${fund.name}（${fund.id}）`}</span>}
        extra={
          <Space wrap>
            <Link to={FUNDS_PATH}>{t('funds.back')}</Link>
            <Button onClick={() => setDialog('receive')} data-testid="fund-receive">
              {t('funds.action.receive')}
            </Button>
            <Button type="primary" onClick={() => setDialog('spend')} data-testid="fund-spend">
              {t('funds.action.spend')}
            </Button>
            <Button onClick={() => setDialog('adjust')} data-testid="fund-adjust">
              {t('funds.action.adjust')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{fund.purpose}</Typography.Paragraph>
        <FundFigures fund={fund} />
      </Card>
      <Card title={t('funds.ledger.title')}>
        <FundLedgerTable fundId={fund.id} />
      </Card>
      <ReceiveFundsModal fundId={fund.id} open={dialog === 'receive'} onClose={close} />
      <RecordExpenditureModal fundId={fund.id} open={dialog === 'spend'} onClose={close} />
      <AdjustAllocationModal fundId={fund.id} open={dialog === 'adjust'} onClose={close} />
    </Space>
  );
}
