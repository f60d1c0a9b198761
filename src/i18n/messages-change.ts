// Messages of the change panels, kept apart from messages.ts.
export const changeVi = {
  changePanelTitle: 'change',
} as const;

export const changeEn: Record<keyof typeof changeVi, string> = {
  changePanelTitle: 'change',
};
