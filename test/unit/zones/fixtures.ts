// Small hand-made zones and provinces for the zone explorer tests (not the real data).
import type { Province, Source, Zone } from '../../../src/core/data/types';

export function zone(overrides: Partial<Zone> & Pick<Zone, 'id'>): Zone {
  return {
    nameVi: `Khu công nghiệp ${overrides.id}`,
    nameEn: `${overrides.id} Industrial Park`,
    kind: 'KCN',
    provinceCode: '27',
    plannedAreaHa: null,
    industrialLandHa: null,
    occupancyPct: null,
    occupancyBasis: '',
    occupancyAsOf: '',
    status: null,
    establishedYear: null,
    developer: '',
    lon: null,
    lat: null,
    locationMethod: '',
    precisionM: null,
    priceUsdM2: null,
    priceTerm: '',
    iipCode: '',
    asOf: '',
    locationText: '',
    aliases: [],
    curation: 'gathered',
    sourceIds: [],
    locationSourceIds: [],
    note: '',
    ...overrides,
  };
}

const province = (edition: Province['edition'], code: string, nameVi: string, nameEn: string, successor = ''): Province => ({
  edition, code, iso: '', nameVi, nameEn, inRegion: true, inBloc: edition === 'pre2025', successor,
});

export const provinces: Province[] = [
  province('pre2025', '27', 'Bắc Ninh', 'Bac Ninh', '24'),
  province('pre2025', '30', 'Hải Dương', 'Hai Duong', '31'),
  province('pre2025', '31', 'Hải Phòng', 'Haiphong', '31'),
  province('pre2025', '26', 'Vĩnh Phúc', 'Vinh Phuc', '25'),
  province('post2025', '24', 'Bắc Ninh', 'Bac Ninh'),
  province('post2025', '25', 'Phú Thọ', 'Phu Tho'),
  province('post2025', '31', 'Hải Phòng', 'Haiphong'),
];

export const zones: Zone[] = [
  zone({
    id: 'bn-vsip', nameVi: 'Khu công nghiệp VSIP Bắc Ninh', nameEn: 'VSIP Bac Ninh Industrial Park', provinceCode: '27',
    plannedAreaHa: 700, industrialLandHa: 500, occupancyPct: 99.42, status: 'operating', establishedYear: 2007,
    developer: 'Công ty TNHH VSIP Bắc Ninh', priceUsdM2: 150, priceTerm: '2007-2057', lon: 106.0, lat: 21.1,
  }),
  zone({
    id: 'hp-dinh-vu', nameVi: 'Khu công nghiệp Đình Vũ', nameEn: 'Dinh Vu Industrial Park', provinceCode: '31', kind: 'KCN-in-KKT',
    plannedAreaHa: 1329, status: 'operating', priceUsdM2: 120, developer: 'Công ty CP Đầu tư Đình Vũ',
  }),
  zone({ id: 'hp-kkt', nameVi: 'Khu kinh tế Đình Vũ – Cát Hải', nameEn: 'Dinh Vu – Cat Hai Economic Zone', provinceCode: '31', kind: 'KKT', plannedAreaHa: 22540, status: 'operating' }),
  zone({ id: 'hd-dai-an', nameVi: 'Khu công nghiệp Đại An', nameEn: 'Dai An Industrial Park', provinceCode: '30', plannedAreaHa: 174, industrialLandHa: 102.89, occupancyPct: 87.86, status: 'building', priceUsdM2: 90 }),
  zone({ id: 'vp-lap-thach', nameVi: 'Khu công nghiệp Lập Thạch', nameEn: 'Lap Thach Industrial Park', provinceCode: '26', status: 'planned', aliases: ['vp-lap-thach-old'] }),
  zone({ id: 'vp-unknown', nameVi: 'Khu công nghiệp Ánh Sáng', nameEn: 'Anh Sang Industrial Park', provinceCode: '26', occupancyPct: 40 }),
];

export const sources: Source[] = [
  { id: 'src-a', title: 'IIP portal: VSIP Bắc Ninh', publisher: 'IIP Vietnam', publisherEn: '', officialUrl: '', url: 'https://iipvietnam.com/vsip', citation: '', date: '2025-03', tier: 'B', kind: 'web' },
  { id: 'src-b', title: '', publisher: 'Khối thi đua', publisherEn: '', officialUrl: '', url: '', citation: 'Bloc report, 2019-01-11', date: '2019-01-11', tier: 'B', kind: 'seed' },
];
