import type { FormInstance } from 'antd';
import { isCivilDate } from '@careledger/domain-kernel';
import type { MessageKey, MessageParams } from '../i18n/i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

// antd Form rules for the subsidy forms, the same checks the decider makes, so a slip is caught
// while typing; the server still checks, and its answer (placed on the field it names) wins.
// Empty values pass: whether a field is required is a separate rule.

/** The discharge may be the admission day (a transfer) but not before it. */
export function dischargeNotBeforeAdmission(t: Translate, form: Pick<FormInstance, 'getFieldValue'>) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      const admittedOn: unknown = form.getFieldValue('admittedOn');
      if (!isCivilDate(value) || !isCivilDate(admittedOn)) return;
      if (value < admittedOn) throw new Error(t('subsidies.form.dischargeBeforeAdmission'));
    },
  };
}

/** A stay is applied for after it happened: no day after `today` (Asia/Shanghai). */
export function notAfterToday(t: Translate, today: string) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      if (isCivilDate(value) && value > today) throw new Error(t('subsidies.form.dateInFuture'));
    },
  };
}

const PERIOD = /^\d{4}(0[1-9]|1[0-2])$/;

/** 补贴期号, 'YYYYMM'. */
export function periodRule(t: Translate) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      if (typeof value !== 'string' || !PERIOD.test(value.trim())) throw new Error(t('subsidies.form.invalidPeriod'));
    },
  };
}

/** A return or a rejection must say why; an approval may go without remarks. */
export function opinionRequiredFor(t: Translate, form: Pick<FormInstance, 'getFieldValue'>, decisions: readonly string[]) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      const decision: unknown = form.getFieldValue('decision');
      const blank = typeof value !== 'string' || value.trim() === '';
      if (blank && typeof decision === 'string' && decisions.includes(decision)) {
        throw new Error(t('subsidies.form.opinionRequired'));
      }
    },
  };
}

/** 'YYYYMM' of a civil date: the default subsidy period of a payment issued that day. */
export const periodOf = (civilDate: string): string => civilDate.slice(0, 4) + civilDate.slice(5, 7);
