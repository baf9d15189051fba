import { Timeline } from 'antd';
import type { PerformanceTargetsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';

type Revision = PerformanceTargetsQuery['performanceTargets'][number]['history'][number];

/** Who changed a target, when, what and why, oldest first. */
export function TargetHistory({ history }: { readonly history: readonly Revision[] }) {
  const { t } = useI18n();
  const changes = (r: Revision) =>
    r.kind === 'REVISED' ? ` ${Object.entries((r.changes ?? {}) as Record<string, unknown>).map(([k, v]) => `${k}=${String(v)}`).join(', ')}` : '';
  return (
    <Timeline
      data-testid="target-history"
      items={history.map((r) => ({
        key: r.position,
        content: t('funds.targets.historyEntry', {
          date: r.businessDate,
          actor: r.actorName,
          kind: t(`funds.targets.change.${r.kind}`),
          changes: changes(r),
          reason: r.reason ? t('funds.targets.reasonSuffix', { reason: r.reason }) : '',
        }),
      }))}
    />
  );
}
