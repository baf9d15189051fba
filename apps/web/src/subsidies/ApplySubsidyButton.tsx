import { useState } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { PickedFamily } from '../family-picker/FamilySelect';
import { useI18n } from '../i18n/I18nProvider';
import { navigate } from '../routing/router';
import { subsidyPath } from '../routing/routes';
import { ApplySubsidyModal } from './ApplySubsidyModal';

/** "申请护理补贴": opens the form and, once applied, the new application's page. */
export function ApplySubsidyButton({ family, disabled = false }: { readonly family?: PickedFamily; readonly disabled?: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} disabled={disabled} data-testid="apply-subsidy-button">
        {t('subsidies.apply.button')}
      </Button>
      {open && (
        <ApplySubsidyModal
          open={open}
          onClose={() => setOpen(false)}
          family={family}
          onApplied={(applicationId) => navigate(subsidyPath(applicationId))}
        />
      )}
    </>
  );
}
