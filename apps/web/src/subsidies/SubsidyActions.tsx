import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import type { SubsidyStatus } from '@careledger/domain-nursing-subsidy';
import { useI18n } from '../i18n/I18nProvider';
import { allowedActions, type SubsidyAction } from './subsidy-actions';
import { SubsidyActionModal } from './SubsidyActionModal';
import type { ApplicationRef } from './use-subsidy-command';

type Props = {
  readonly application: ApplicationRef & {
    readonly status: SubsidyStatus;
    readonly noticeRequired: boolean;
    readonly amountFen: number;
  };
};

/** Actions that end or set back the application: shown as danger buttons, beside the way forward. */
const ADVERSE: readonly SubsidyAction[] = ['withdraw', 'recordFailure', 'refuseAfterNotice'];

/** One button per action the state allows; each opens that action's form. */
export function SubsidyActions({ application }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState<SubsidyAction | null>(null);
  const actions = allowedActions(application.status, application.noticeRequired, application.amountFen);
  if (actions.length === 0) return <Typography.Text type="secondary">{t('subsidies.page.noActions')}</Typography.Text>;
  return (
    <Space wrap data-testid="subsidy-actions">
      {actions.map((action) => (
        <Button
          key={action}
          type={ADVERSE.includes(action) ? 'default' : 'primary'}
          danger={ADVERSE.includes(action)}
          onClick={() => setOpen(action)}
          data-testid={`subsidy-action-${action}`}
        >
          {t(`subsidies.action.${action}`)}
        </Button>
      ))}
      {open && <SubsidyActionModal key={`form-${open}`} action={open} application={application} onClose={() => setOpen(null)} />}
    </Space>
  );
}
