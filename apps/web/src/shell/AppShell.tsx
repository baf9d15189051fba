import type { ReactNode } from 'react';
import { Layout, Space, Typography } from 'antd';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../routing/Link';
import { CASE_LIST_PATH } from '../routing/routes';
import { ActingUserSelect } from './ActingUserSelect';

export function AppShell({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#fff' }}>
        <Link to={CASE_LIST_PATH} data-testid="app-home">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.title')}
          </Typography.Title>
        </Link>
        <Space>
          <ActingUserSelect />
          <LanguageSwitch />
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
    </Layout>
  );
}
