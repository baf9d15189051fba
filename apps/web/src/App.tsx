import { Result } from 'antd';
import { CaseListPage } from './case-list/CaseListPage';
import { CasePage } from './case-page/CasePage';
import { AppErrorBoundary } from './errors/AppErrorBoundary';
import { useI18n } from './i18n/I18nProvider';
import { useRoute } from './routing/router';
import { AppShell } from './shell/AppShell';

export function App() {
  const route = useRoute();
  const { t } = useI18n();
  const screen = (() => {
    switch (route.name) {
      case 'caseList':
        return <CaseListPage />;
      case 'case':
        return <CasePage key={route.caseId} caseId={route.caseId} />;
      case 'notFound':
        return <Result status="404" title={t('app.pageNotFound')} />;
      default: {
        const _exhaustive: never = route;
        return _exhaustive;
      }
    }
  })();
  return (
    <AppShell>
      <AppErrorBoundary resetKey={route.name === 'case' ? `case:${route.caseId}` : route.name}>{screen}</AppErrorBoundary>
    </AppShell>
  );
}
