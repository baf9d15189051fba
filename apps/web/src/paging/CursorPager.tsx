import { Button, Space, Typography } from 'antd';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/i18n';
import { readPageInfo, type PageInfoRef } from './page-info.fragment';
import type { CursorPages } from './use-cursor-pages';

type Props = {
  readonly pages: CursorPages;
  /** The shown page's `pageInfo { ...PageInfoFields }`; undefined while the first page loads. */
  readonly pageInfo: PageInfoRef | null | undefined;
  readonly totalCount: number;
  /** The count line, with `{count}`, e.g. '共 {count} 户'. */
  readonly totalKey: MessageKey;
  /** Prefix of `-total`, `-previous` and `-next`. */
  readonly testId: string;
};

/** Cursor pagination only knows "next" and "back", so no page-number links that could not be served. */
export function CursorPager({ pages, pageInfo, totalCount, totalKey, testId }: Props) {
  const { t } = useI18n();
  return (
    <Space style={{ marginTop: 16, justifyContent: 'space-between', width: '100%' }}>
      <Typography.Text data-testid={`${testId}-total`}>{t(totalKey, { count: totalCount })}</Typography.Text>
      <Space>
        <Button onClick={pages.previous} disabled={pages.page === 0} data-testid={`${testId}-previous`}>
          {t('caseList.previousPage')}
        </Button>
        <Typography.Text>{t('caseList.page', { page: pages.page + 1 })}</Typography.Text>
        <Button onClick={() => pages.next(pageInfo)} disabled={!readPageInfo(pageInfo).hasNextPage} data-testid={`${testId}-next`}>
          {t('caseList.nextPage')}
        </Button>
      </Space>
    </Space>
  );
}
