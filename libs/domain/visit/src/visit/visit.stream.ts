/** Every visit is its own stream: `visit-<visitId>`. */
export const visitStreamId = (visitId: string): string => `visit-${visitId}`;
