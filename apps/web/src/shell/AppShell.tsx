import type { ReactNode } from 'react';
import { Layout, Space, Typography } from 'antd';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useI18n } from '../i18n/I18nProvider';
import { IntegrityBadge } from '../integrity/IntegrityBadge';
import { Link } from '../routing/Link';
import {
  AUDIT_TRAIL_PATH,
  CASE_LIST_PATH,
  DONATIONS_PATH,
  FUNDS_PATH,
  INSURANCE_PATH,
  REPORT_PATH,
  SUBSIDIES_PATH,
  SYSTEM_PATH,
  VISITS_PATH,
  type Route,
} from '../routing/routes';
import { ActingUserSelect } from './ActingUserSelect';

type Section = 'cases' | 'visits' | 'subsidies' | 'insurance' | 'funds' | 'donations' | 'report' | 'auditTrail' | 'system' | null;

function sectionOf(route: Route): Section {
  switch (route.name) {
    case 'caseList':
    case 'case':
      return 'cases';
    case 'visits':
      return 'visits';
    case 'subsidies':
    case 'subsidy':
      return 'subsidies';
    case 'insurance':
    case 'policy':
    case 'claim':
      return 'insurance';
    case 'funds':
    case 'fund':
      return 'funds';
    case 'donations':
      return 'donations';
    case 'report':
    case 'reportPrint':
      return 'report';
    case 'auditTrail':
      return 'auditTrail';
    case 'system':
      return 'system';
    case 'notFound':
      return null;
    default: {
      const _exhaustive: never = route;
      return _exhaustive;
    }
  }
}

const NO_WRAP = { whiteSpace: 'nowrap' } as const;
const CURRENT = { color: '#1677ff' } as const;

export function AppShell({ route, children }: { readonly route: Route; readonly children: ReactNode }) {
  const { t } = useI18n();
  const current = sectionOf(route);
  const navLink = (section: Exclude<Section, null>, to: string, testId: string) => (
    <Link key={section} to={to} data-testid={testId} aria-current={current === section ? 'page' : undefined} style={NO_WRAP}>
      <Typography.Text strong={current === section} style={current === section ? CURRENT : undefined}>
        {t(`shell.nav.${section}`)}
      </Typography.Text>
    </Link>
  );
  // Two rows: who and where (title, log integrity, acting user, language), then the sections, so
  // seven section names never squeeze the title or wrap letter by letter on a laptop screen.
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, background: '#fff', paddingInline: 24 }}
      >
        <Link to={CASE_LIST_PATH} data-testid="app-home" style={NO_WRAP}>
          <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
            {t('app.title')}
          </Typography.Title>
        </Link>
        <Space wrap>
          <IntegrityBadge />
          <ActingUserSelect />
          <LanguageSwitch />
        </Space>
      </Layout.Header>
      <nav style={{ background: '#fff', borderTop: '1px solid #f0f0f0', borderBottom: '1px solid #f0f0f0', padding: '8px 24px' }}>
        <Space size="large" wrap data-testid="app-nav">
          {navLink('cases', CASE_LIST_PATH, 'nav-cases')}
          {navLink('visits', VISITS_PATH, 'nav-visits')}
          {navLink('subsidies', SUBSIDIES_PATH, 'nav-subsidies')}
          {navLink('insurance', INSURANCE_PATH, 'nav-insurance')}
          {navLink('funds', FUNDS_PATH, 'nav-funds')}
          {navLink('donations', DONATIONS_PATH, 'nav-donations')}
          {navLink('report', REPORT_PATH, 'nav-report')}
          {navLink('auditTrail', AUDIT_TRAIL_PATH, 'nav-audit-trail')}
          {navLink('system', SYSTEM_PATH, 'nav-system')}
        </Space>
      </nav>
      <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
    </Layout>
  );
}
