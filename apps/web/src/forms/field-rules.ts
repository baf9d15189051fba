import { isPhone } from '@careledger/domain-kernel';
import type { MessageKey, MessageParams } from '../i18n/i18n';
import { checkIdNumber, type IdNumberRule } from './id-number.validation';

const RULE_MESSAGES: Readonly<Record<IdNumberRule, MessageKey>> = {
  format: 'idNumber.invalidFormat',
  birthDate: 'idNumber.invalidBirthDate',
  checksum: 'idNumber.invalidChecksum',
};

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** An antd Form rule. Empty passes: whether the field is required is a separate rule. */
export function idNumberRule(t: Translate) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') return;
      const check = checkIdNumber(value);
      if (!check.ok) throw new Error(t(RULE_MESSAGES[check.rule]));
    },
  };
}

/** An antd Form rule for an optional phone number (mobile or landline). */
export function phoneRule(t: Translate) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') return;
      if (!isPhone(value)) throw new Error(t('form.invalidPhone'));
    },
  };
}

/** Optional text inputs send nothing rather than an empty string. */
export function optionalText(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
