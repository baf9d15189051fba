import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { useI18n } from '../i18n/I18nProvider';

/** Cursor pages: afterCursors[i] fetches page i. Reset to the first page when a filter changes. */
export function useCursorPages() {
  const [afterCursors, setAfterCursors] = useState<ReadonlyArray<string | null>>([null]);
  const page = afterCursors.length - 1;
  return {
    page,
    after: afterCursors[page] ?? null,
    reset: () => setAfterCursors([null]),
    previous: () => setAfterCursors((cursors) => cursors.slice(0, -1)),
    next: (cursor: string | null | undefined) => {
      if (cursor) setAfterCursors((cursors) => [...cursors, cursor]);
    },
  };
}

type Props = {
  readonly testId: string;
  readonly page: number;
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
};

export function InsurancePager({ testId, page, totalCount, hasNextPage, onPrevious, onNext }: Props) {
  const { t } = useI18n();
  return (
    <Space style={{ marginTop: 16, justifyContent: 'space-between', width: '100%' }}>
      <Typography.Text data-testid={`${testId}-total`}>{t('insurance.total', { count: totalCount })}</Typography.Text>
      <Space>
        <Button onClick={onPrevious} disabled={page === 0} data-testid={`${testId}-previous`}>
          {t('insurance.previousPage')}
        </Button>
        <Typography.Text>{t('insurance.page', { page: page + 1 })}</Typography.Text>
        <Button onClick={onNext} disabled={!hasNextPage} data-testid={`${testId}-next`}>
          {t('insurance.nextPage')}
        </Button>
      </Space>
    </Space>
  );
}
