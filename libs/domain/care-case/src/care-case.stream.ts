/** Every care case is its own stream: `case-<caseId>`. */
export const careCaseStreamId = (caseId: string): string => `case-${caseId}`;
