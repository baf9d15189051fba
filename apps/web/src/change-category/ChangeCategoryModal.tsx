import { Form, Select } from 'antd';
import { CASE_CATEGORIES, CASE_CATEGORY_LABELS } from '@careledger/domain-care-case';
import type { CaseRef } from '../case-commands/case-ref';
import { CommandModal } from '../forms/CommandModal';
import { ReasonField } from '../forms/ReasonField';
import type { CaseCategory } from '../gql/graphql';
import { useI18n } from '../i18n/I18nProvider';
import { useChangeCaseCategoryMutation } from './change-case-category.mutation';

type ChangeCategoryValues = { category: CaseCategory; reason: string };
type Props = {
  readonly caseRef: CaseRef;
  readonly currentCategory: CaseCategory;
  readonly open: boolean;
  readonly onClose: () => void;
};

export function ChangeCategoryModal({ caseRef, currentCategory, open, onClose }: Props) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<ChangeCategoryValues>();
  const [changeCategory] = useChangeCaseCategoryMutation(caseRef);
  return (
    <CommandModal<ChangeCategoryValues>
      title={t('changeCategory.title')}
      open={open}
      onClose={onClose}
      form={form}
      testId="change-category"
      onSubmit={(values) => changeCategory({ category: values.category, reason: values.reason.trim() })}
    >
      <Form.Item
        name="category"
        label={t('changeCategory.newCategory')}
        extra={t('changeCategory.current', { category: label(CASE_CATEGORY_LABELS, currentCategory) })}
        rules={[{ required: true, message: t('form.required', { field: t('field.category') }) }]}
      >
        <Select
          aria-label={t('changeCategory.newCategory')}
          data-testid="change-category-category"
          options={CASE_CATEGORIES.filter((code) => code !== currentCategory).map((code) => ({
            value: code,
            label: label(CASE_CATEGORY_LABELS, code),
          }))}
        />
      </Form.Item>
      <ReasonField testId="change-category-reason" />
    </CommandModal>
  );
}
