import { fireEvent, screen } from '@testing-library/react';

/** The validation message antd shows under the form item holding `testId`, if any. */
export function fieldError(testId: string): string | null | undefined {
  return screen.getByTestId(testId).closest('.ant-form-item')?.querySelector('.ant-form-item-explain-error')?.textContent;
}

/** Types a date into an antd DatePicker and confirms it, as a user typing does. */
export function typeDate(testId: string, value: string) {
  const input = screen.getByTestId(testId);
  fireEvent.mouseDown(input);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
  fireEvent.blur(input);
}
