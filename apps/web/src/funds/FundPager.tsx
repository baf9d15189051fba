import { Button, Space, Typography } from 'antd';
import { useI18n } from '../i18n/I18nProvider';

type Props = {
  readonly page: number;
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly testId: string;
};

/** Cursor pagination: "next" and "back" only, like the case list. */
export function FundPager({ page, totalCount, hasNextPage, onPrevious, onNext, testId }: Props) {
  const { t } = useI18n();
  return (
    <Space style={{ marginTop: 16, justifyContent: 'space-between', width: '100%' }}>
      <Typography.Text data-testid={`${testId}-total`}>{t('funds.total', { count: totalCount })}</Typography.Text>
      <Space>
        <Button onClick={onPrevious} disabled={page === 0} data-testid={`${testId}-previous`}>
          {t('funds.previousPage')}
        </Button>
        <Typography.Text>{t('funds.page', { page: page + 1 })}</Typography.Text>
        <Button onClick={onNext} disabled={!hasNextPage} data-testid={`${testId}-next`}>
          {t('funds.nextPage')}
        </Button>
      </Space>
    </Space>
  );
}

/** The cursor stack behind a FundPager: `afterCursors[i]` fetches page i. */
export function nextCursors(cursors: ReadonlyArray<string | null>, endCursor: string | null | undefined): ReadonlyArray<string | null> {
  return endCursor ? [...cursors, endCursor] : cursors;
}
