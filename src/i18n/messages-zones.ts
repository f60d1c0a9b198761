// Messages of the zone explorer (filters, zone list, zone card), kept apart from messages.ts.
export const zonesVi = {
  zonesHeading: 'Các khu',
} as const;

export const zonesEn: Record<keyof typeof zonesVi, string> = {
  zonesHeading: 'Zones',
};
