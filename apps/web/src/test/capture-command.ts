import type { MockLink } from '@apollo/client/testing';

/**
 * A mock of one command mutation that answers `result` and keeps every input sent (commandId
 * included), so a form test can assert exactly what the form sent.
 *
 * @example const { sent, mock } = captureCommand(AddCaseNoteMutation, { data: { addCaseNote: result } });
 */
export function captureCommand(query: MockLink.MockedResponse['request']['query'], result: MockLink.MockedResponse['result']) {
  const sent: Array<Record<string, unknown>> = [];
  const mock: MockLink.MockedResponse = {
    request: {
      query,
      variables: (variables: Record<string, unknown>) => {
        sent.push(variables['input'] as Record<string, unknown>);
        return true;
      },
    },
    result,
  };
  return { sent, mock };
}
