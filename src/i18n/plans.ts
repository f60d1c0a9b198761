// Plan figures in words: a target (a range as a range), a stated ratio in the source's own wording with its
// conversion said, a computed ratio said to be computed, and why a ratio is missing. The same words in the
// province panel, the plan view, the trend chart's marks and the provenance panel.
import type { ComputedReason, PlanMetricInfo, PlanTarget, StatedRatio } from '../core/analysis/plans';
import type { PlanProvenanceInfo } from '../core/analysis/planProvenance';
import type { Qualifier } from '../core/analysis/qualifier';
import type { PlanWording } from '../core/data/types';
import { formatNumber } from './format';
import { formatQualified, qualifierSign } from './qualified';
import { periodLabel } from './labels';
import { t, type Lang, type MessageKey } from './messages';
import './lazyMessages';

/** Targets and ratios are stated with at most two decimals (45,89% occupancy; 158,57% above plan). */
const DIGITS = 2;

export const planMetricLabel = (lang: Lang, info: PlanMetricInfo): string => (lang === 'vi' ? info.labelVi : info.labelEn);
export const planMetricUnit = (lang: Lang, info: PlanMetricInfo): string => (lang === 'vi' ? info.unitVi : info.unitEn);

/** "2.000–2.500" for a stated range, "> 1.200" for a lower bound, "≈ 300" for an approximation. */
export function targetValueText(lang: Lang, target: { value: number; rangeTo?: number | null; qualifier: Qualifier }): string {
  if (target.rangeTo !== null && target.rangeTo !== undefined) {
    return `${qualifierSign(target.qualifier)}${formatNumber(lang, target.value, DIGITS)}–${formatNumber(lang, target.rangeTo, DIGITS)}`;
  }
  return formatQualified(lang, target.value, target.qualifier, DIGITS);
}

export const planTargetText = (lang: Lang, target: PlanTarget): string =>
  targetValueText(lang, { value: target.value, rangeTo: target.range?.to ?? null, qualifier: target.qualifier });

/** A ratio as the source worded it: "175% kế hoạch", "vượt 42% kế hoạch", "gấp 4,5 lần kế hoạch". */
export function wordedRatio(lang: Lang, wording: Exclude<PlanWording, ''>, value: number, qualifier: Qualifier = ''): string {
  const number = formatQualified(lang, value, qualifier, DIGITS);
  if (wording === 'pct') return t(lang, 'planOfPlan', { pct: number });
  return t(lang, wording === 'excess_pct' ? 'planAbove' : 'planTimes', { x: number });
}

/** "= 142% kế hoạch (quy đổi 100 + 42)": said whenever a wording other than "x% of plan" was converted. */
export function conversionText(lang: Lang, ratio: Pick<StatedRatio, 'wording' | 'value' | 'percentOfPlan' | 'converted'>): string {
  if (!ratio.converted) return '';
  const value = formatNumber(lang, ratio.value, DIGITS);
  const how = ratio.wording === 'excess_pct' ? `100 + ${value}` : `100 × ${value}`;
  return t(lang, 'planConverted', { pct: formatNumber(lang, ratio.percentOfPlan, DIGITS), how });
}

/** The stated ratio in full: its wording, its conversion, and when it was measured if part-way. */
export function statedText(lang: Lang, ratio: StatedRatio): string {
  const parts = [wordedRatio(lang, ratio.wording, ratio.value, ratio.qualifier), conversionText(lang, ratio)];
  if (ratio.partial) parts.push(`(${measuredAtText(lang, ratio)})`);
  return parts.filter(Boolean).join(' ');
}

export function measuredAtText(lang: Lang, ratio: Pick<StatedRatio, 'period' | 'planPeriod'>): string {
  return t(lang, 'planMeasuredAt', { period: periodLabel(lang, ratio.period), plan: periodLabel(lang, ratio.planPeriod) });
}

/** "175%" (a percentage of plan, after conversion), for tables and chart labels. */
export const percentText = (lang: Lang, percent: number, qualifier: Qualifier = ''): string => `${formatQualified(lang, percent, qualifier, DIGITS)}%`;

const WHY: Record<Exclude<ComputedReason, ''>, MessageKey> = {
  'no-target': 'planWhy_noTarget',
  'no-metric': 'planWhy_noMetric',
  'no-achieved': 'planWhy_noAchieved',
  'achieved-incomplete': 'planWhy_incomplete',
  'period-differs': 'planWhy_periodDiffers',
  'target-period-ambiguous': 'planWhy_periodAmbiguous',
  'before-target-date': 'planWhy_beforeDate',
  'zero-target': 'planWhy_zeroTarget',
};

/** Why there is no computed ratio, in words ('' when there is one). */
export const computedWhy = (lang: Lang, reason: ComputedReason): string => (reason ? t(lang, WHY[reason]) : '');

/** A plan figure's value as the provenance panel heads it: the range, the ratio in its wording and conversion. */
export function planProvenanceValue(lang: Lang, plan: PlanProvenanceInfo, value: number | null, qualifier: Qualifier): string {
  if (value === null) return '–';
  const unit = planMetricUnit(lang, plan.info);
  if (plan.kind === 'target') return `${targetValueText(lang, { value, rangeTo: plan.rangeTo, qualifier })}${unit ? ` ${unit}` : ''}`;
  if (plan.kind === 'computed') {
    const main = t(lang, 'planOfPlan', { pct: formatQualified(lang, value, qualifier, 1) });
    return plan.computedTo === null ? main : `${main} (${t(lang, 'planComputedRange', { to: formatQualified(lang, plan.computedTo, qualifier, 1) })})`;
  }
  const wording = plan.wording || 'pct';
  const ratio = { wording, value, percentOfPlan: plan.percentOfPlan ?? value, converted: plan.converted };
  const parts = [wordedRatio(lang, wording, value, qualifier), conversionText(lang, ratio)];
  if (plan.partial) parts.push(`(${measuredAtText(lang, { period: plan.measuredAt, planPeriod: plan.period })})`);
  return parts.filter(Boolean).join(' ');
}

/** The provenance panel's heading of a plan figure: what kind of number it is. */
export function planProvenanceHeading(lang: Lang, plan: PlanProvenanceInfo): string {
  const period = periodLabel(lang, plan.period);
  if (plan.kind === 'target') return t(lang, 'provPlanTarget', { period, year: plan.year });
  return plan.kind === 'stated' ? t(lang, 'provPlanStated', { period, year: plan.year }) : t(lang, 'provPlanComputed');
}
