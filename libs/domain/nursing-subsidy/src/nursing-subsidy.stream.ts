/** Every subsidy application is its own stream: `subsidy-<applicationId>`. */
export const nursingSubsidyStreamId = (applicationId: string): string => `subsidy-${applicationId}`;
