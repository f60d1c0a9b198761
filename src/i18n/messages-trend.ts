// Messages of the trend panels, kept apart from messages.ts.
export const trendVi = {
  trendPanelTitle: 'trend',
} as const;

export const trendEn: Record<keyof typeof trendVi, string> = {
  trendPanelTitle: 'trend',
};
