/** Every collective activity is its own stream: `activity-<activityId>`. */
export const activityStreamId = (activityId: string): string => `activity-${activityId}`;
