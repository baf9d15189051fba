import { Result } from 'antd';
import { AuditTrailPage } from './audit-trail/AuditTrailPage';
import { CaseListPage } from './case-list/CaseListPage';
import { CasePage } from './case-page/CasePage';
import { AppErrorBoundary } from './errors/AppErrorBoundary';
import { useI18n } from './i18n/I18nProvider';
import { useRoute } from './routing/router';
import { AppShell } from './shell/AppShell';
import { SystemPage } from './system/SystemPage';

export function App() {
  const route = useRoute();
  const { t } = useI18n();
  const screen = (() => {
    switch (route.name) {
      case 'caseList':
        return <CaseListPage />;
      case 'case':
        return <CasePage key={route.caseId} caseId={route.caseId} />;
      case 'auditTrail':
        return <AuditTrailPage />;
      case 'system':
        return <SystemPage />;
      case 'notFound':
        return <Result status="404" title={t('app.pageNotFound')} />;
      default: {
        const _exhaustive: never = route;
        return _exhaustive;
      }
    }
  })();
  return (
    <AppShell route={route}>
      <AppErrorBoundary resetKey={route.name === 'case' ? `case:${route.caseId}` : route.name}>{screen}</AppErrorBoundary>
    </AppShell>
  );
}
