// The floor workflows' activities: they do nothing, so what a floor costs is Temporal's part alone.
export const floorActivities = {
  async noop(): Promise<void> {},
};

export type FloorActivities = typeof floorActivities;
