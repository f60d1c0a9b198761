// Attribution for every geometry source drawn (DATA.md rule 4), in each language; the logistics points'
// as logistics/SOURCES.md asks.
import type { Lang } from '../i18n/messages';

export const ATTRIBUTION: Record<Lang, string[]> = {
  vi: [
    'Ranh giới tỉnh: Open Development Mekong, "Địa phận tỉnh" (CC BY-SA 4.0)',
    'Các nước láng giềng: Natural Earth (phạm vi công cộng)',
    'Một số vị trí khu: © OpenStreetMap contributors (ODbL)',
    'Điểm logistics: OurAirports, NGA World Port Index (phạm vi công cộng); thông báo hàng hải (Bảo đảm an toàn hàng hải miền Bắc); censusVN2009 (M. Choisy, L. Contamin); Wikipedia (CC BY-SA)',
  ],
  en: [
    'Province boundaries: Open Development Mekong, "Địa phận tỉnh" (CC BY-SA 4.0)',
    'Neighbouring countries: Natural Earth (public domain)',
    'Some zone locations: © OpenStreetMap contributors (ODbL)',
    'Logistics points: OurAirports, NGA World Port Index (public domain); Northern Maritime Safety Corp. notices to mariners; censusVN2009 (M. Choisy, L. Contamin); Wikipedia (CC BY-SA)',
  ],
};
