// A target mark in words, for its tooltip and the list under the chart: "Kế hoạch Hải Phòng 2023: 2.000–2.500 triệu USD".
import { t, type Lang } from '../../i18n/messages';
import '../../i18n/lazyMessages';
import { targetValueText } from '../../i18n/plans';
import type { TargetMark } from './targets';

export const targetLabel = (lang: Lang, mark: TargetMark, unit: string): string =>
  t(lang, 'planTargetLabel', { name: mark.name, year: mark.year, value: `${targetValueText(lang, mark)}${unit ? ` ${unit}` : ''}` });
