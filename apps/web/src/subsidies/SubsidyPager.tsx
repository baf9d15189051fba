import { Button, Space, Typography } from 'antd';
import { useI18n } from '../i18n/I18nProvider';

type Props = {
  readonly page: number;
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
};

/** Cursor pagination only knows "next" and "back", so no page-number links that could not be served. */
export function SubsidyPager({ page, totalCount, hasNextPage, onPrevious, onNext }: Props) {
  const { t } = useI18n();
  return (
    <Space style={{ marginTop: 16, justifyContent: 'space-between', width: '100%' }}>
      <Typography.Text data-testid="subsidy-total">{t('subsidies.list.total', { count: totalCount })}</Typography.Text>
      <Space>
        <Button onClick={onPrevious} disabled={page === 0} data-testid="subsidy-page-previous">
          {t('caseList.previousPage')}
        </Button>
        <Typography.Text>{t('caseList.page', { page: page + 1 })}</Typography.Text>
        <Button onClick={onNext} disabled={!hasNextPage} data-testid="subsidy-page-next">
          {t('caseList.nextPage')}
        </Button>
      </Space>
    </Space>
  );
}
