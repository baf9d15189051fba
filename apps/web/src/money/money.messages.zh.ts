/** Amounts typed in 元: why one is refused. */
export const moneyZh = {
  'money.unit': '元',
  'money.notAmount': '请输入金额（元），如 2000.00',
  'money.negative': '金额不能为负数',
  'money.tooManyDecimals': '金额最多两位小数（精确到分）',
  'money.positive': '金额须大于 0',
  'money.nonZero': '金额不能为 0',
} as const;
