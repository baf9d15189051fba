import { useState } from 'react';
import { Button, Form, Input, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { CASE_CATEGORIES, CASE_CATEGORY_LABELS } from '@careledger/domain-care-case';
import { CivilDateField, todayInShanghai } from '../forms/CivilDateField';
import { CommandModal } from '../forms/CommandModal';
import { useI18n } from '../i18n/I18nProvider';
import { casePath } from '../routing/routes';
import { navigate } from '../routing/router';
import { TownshipSelect } from '../townships/TownshipSelect';
import { useOpenCaseMutation, type OpenCaseFields } from './open-case.mutation';

export function OpenCaseButton() {
  const { t, label } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<OpenCaseFields>();
  const [openCase] = useOpenCaseMutation();
  const required = (field: string) => [{ required: true, whitespace: true, message: t('form.required', { field }) }];

  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="open-case-button">
        {t('openCase.button')}
      </Button>
      <CommandModal<OpenCaseFields>
        title={t('openCase.title')}
        open={open}
        onClose={() => setOpen(false)}
        form={form}
        testId="open-case"
        initialValues={{ openedOn: todayInShanghai() }}
        onSubmit={async (values) => navigate(casePath(await openCase(values)))}
      >
        <Form.Item name="category" label={t('field.category')} rules={required(t('field.category'))}>
          <Select
            aria-label={t('field.category')}
            data-testid="open-case-category"
            options={CASE_CATEGORIES.map((code) => ({ value: code, label: label(CASE_CATEGORY_LABELS, code) }))}
          />
        </Form.Item>
        <Form.Item name="township" label={t('field.township')} rules={required(t('field.township'))}>
          <TownshipSelect ariaLabel={t('field.township')} testId="open-case-township" />
        </Form.Item>
        <Form.Item name="village" label={t('field.village')} rules={required(t('field.village'))}>
          <Input aria-label={t('field.village')} data-testid="open-case-village" maxLength={50} />
        </Form.Item>
        <Form.Item name="address" label={t('field.address')} rules={required(t('field.address'))}>
          <Input aria-label={t('field.address')} data-testid="open-case-address" maxLength={200} />
        </Form.Item>
        <CivilDateField name="openedOn" label={t('field.openedOn')} required testId="open-case-opened-on" />
      </CommandModal>
    </>
  );
}
