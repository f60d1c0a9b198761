// Attribution for every geometry source drawn (DATA.md rule 4), in each language.
import type { Lang } from '../i18n/messages';

export const ATTRIBUTION: Record<Lang, string[]> = {
  vi: [
    'Ranh giới tỉnh: Open Development Mekong, "Địa phận tỉnh" (CC BY-SA 4.0)',
    'Các nước láng giềng: Natural Earth (phạm vi công cộng)',
    'Một số vị trí khu: © OpenStreetMap contributors (ODbL)',
  ],
  en: [
    'Province boundaries: Open Development Mekong, "Địa phận tỉnh" (CC BY-SA 4.0)',
    'Neighbouring countries: Natural Earth (public domain)',
    'Some zone locations: © OpenStreetMap contributors (ODbL)',
  ],
};
