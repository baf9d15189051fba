import { useState } from 'react';
import { Form, Select, type FormInstance } from 'antd';
import { FamilySelect } from '../family-picker/FamilySelect';
import type { FamilyNode } from '../family-picker/family-search.query';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Two inputs, `caseId` then `personId`: the family is searched by name, village or address, then
 * one of its living members is chosen (names and masked IDs from the case file).
 */
export function CasePersonFields({ form, testId }: { readonly form: FormInstance; readonly testId: string }) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<FamilyNode | null>(null);
  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  return (
    <>
      <Form.Item name="caseId" label={t('insurance.field.case')} rules={[required(t('insurance.field.case'))]}>
        <FamilySelect
          mode="single"
          ariaLabel={t('insurance.field.case')}
          testId={`${testId}-case`}
          onPicked={(family) => {
            setPicked(family);
            // A member of the previous family is no longer a valid choice.
            form.setFieldValue('personId', undefined);
          }}
        />
      </Form.Item>
      <Form.Item name="personId" label={t('insurance.field.person')} rules={[required(t('insurance.field.person'))]}>
        <Select
          aria-label={t('insurance.field.person')}
          data-testid={`${testId}-person`}
          disabled={!picked}
          options={(picked?.members ?? [])
            .filter((m) => !m.deceased)
            .map((m) => ({ value: m.personId, label: `${m.name} ${m.idNumberMasked}` }))}
        />
      </Form.Item>
    </>
  );
}
