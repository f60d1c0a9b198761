import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import ProvenancePanel from '../../src/ui/ProvenancePanel.svelte';
import type { Provenance } from '../../src/core/analysis/provenance';
import type { Metric, Province, Source } from '../../src/core/data/types';

const provinces: Province[] = [{ edition: 'pre2025', code: '27', iso: '', nameVi: 'Bắc Ninh', nameEn: 'Bac Ninh', inRegion: true, inBloc: true, successor: '24' }];
const metrics: Metric[] = [{
  id: 'province_fdi_total_capital_musd', scope: 'province', labelVi: 'Tổng vốn FDI', labelEn: 'Total FDI', unit: 'musd', unitVi: '', unitEn: '',
  kind: 'flow', higherIsBetter: true, aggregate: 'sum', weightMetric: '', core: true, derived: '', descriptionEn: '', descriptionVi: '',
}];
const nso: Source = {
  id: 'src-nso', title: "NSO table E04.17 (JSON extract on GitHub; original https://www.nso.gov.vn/en/px-web?pxid=E0417)", publisher: 'Tổng cục Thống kê',
  publisherEn: 'General Statistics Office', url: 'https://github.com/QuocAnhHo/x/blob/abc/E0417.json', officialUrl: 'https://www.nso.gov.vn/en/px-web?pxid=E0417',
  citation: '', date: '2026-09', tier: 'A', kind: 'github',
};
const press: Source = { ...nso, id: 'src-press', title: 'Press item', publisher: 'Việt Nam News', publisherEn: '', url: 'https://vietnamnews.vn/a', officialUrl: '', tier: 'B', kind: 'web' };

const provenance: Provenance = {
  unit: { edition: 'pre2025', code: '27' }, metric: 'province_fdi_total_capital_musd', value: 17430, origin: 'observed',
  contested: false, derived: false, partial: false, userProvided: false, qualifier: 'lower-bound', asOf: '',
  entries: [
    { role: 'chosen', unit: { edition: 'pre2025', code: '27' }, metric: 'province_fdi_total_capital_musd', value: 17430, year: 2024, period: 'FY', asOf: '', source: nso, flags: ['lower-bound', 'inferred-year'], note: '' },
    { role: 'set-aside', unit: { edition: 'pre2025', code: '27' }, metric: 'province_fdi_total_capital_musd', value: 300000, year: 2024, period: 'FY', asOf: '2024-12', source: press, flags: ['approx', 'approx-date', 'territory-ambiguous'], note: 'whether it covers the former or the merged province is not stated' },
    { role: 'included', unit: { edition: 'offshore', code: 'dk' }, metric: 'province_fdi_total_capital_musd', value: 40.44, year: 2024, period: 'FY', asOf: '', source: nso, flags: [], note: '' },
  ],
};

describe('ProvenancePanel', () => {
  test('a lower bound reads "> 17.430", an approximation "≈ 300.000"; inferred years and approximate dates say so', async () => {
    const screen = await render(ProvenancePanel, { lang: 'vi', provenance, metrics, provinces, onClose: () => {} });
    const panel = screen.getByTestId('provenance').element();
    expect(panel.querySelector('[data-testid="provenance-value"]')?.textContent?.trim()).toBe('> 17.430');
    const [chosen, setAside, included] = [...panel.querySelectorAll('li.entry')] as HTMLElement[];
    expect(chosen.querySelector('strong')?.textContent).toBe('> 17.430');
    expect(chosen.querySelector('[data-testid="entry-flags"]')?.textContent).toContain('năm suy ra từ nội dung');
    expect(setAside.dataset.role).toBe('set-aside');
    expect(setAside.querySelector('strong')?.textContent).toBe('≈ 300.000');
    expect(setAside.textContent).toContain('thời điểm số liệu gần đúng');
    expect(setAside.textContent).toContain('nguồn không nêu số liệu tính cho tỉnh cũ hay tỉnh sau sáp nhập');
    expect(included.textContent).toContain('Dầu khí ngoài khơi');
  });

  test('a data note reads in the reader\'s language; a part without a translation stays English and says so; a user\'s note is as typed', async () => {
    const fia = 'FIA year-end table, 2023-01-01 to 2023-12-20; the row number counts the offshore oil and gas line listed above it; a phrase no table knows';
    const noted: Provenance = {
      ...provenance,
      entries: [
        { ...provenance.entries[0]!, note: fia },
        { ...provenance.entries[1]!, flags: ['user'], note: 'includes share purchases' },
      ],
    };
    const vi = await render(ProvenancePanel, { lang: 'vi', provenance: noted, metrics, provinces, onClose: () => {} });
    const [chosen, mine] = [...vi.getByTestId('provenance').element().querySelectorAll('[data-testid="entry-note"]')] as HTMLElement[];
    expect(chosen.textContent).toBe(
      'bảng số liệu cả năm của Cục Đầu tư nước ngoài, từ 1 tháng 1, 2023 đến 20 tháng 12, 2023; số thứ tự dòng có tính cả dòng dầu khí ngoài khơi xếp phía trên; a phrase no table knows',
    );
    expect([...chosen.querySelectorAll('[lang]')].map((e) => [e.getAttribute('lang'), e.textContent])).toEqual([['en', 'a phrase no table knows']]);
    expect(mine.textContent).toBe('includes share purchases');
    vi.unmount();
    const en = await render(ProvenancePanel, { lang: 'en', provenance: noted, metrics, provinces, onClose: () => {} });
    expect(en.getByTestId('provenance').element().querySelector('[data-testid="entry-note"]')?.textContent).toBe(fia);
  });

  test('names the publisher first, shows the official address and calls a GitHub mirror a copy', async () => {
    const screen = await render(ProvenancePanel, { lang: 'en', provenance, metrics, provinces, onClose: () => {} });
    const chosen = screen.getByTestId('provenance').element().querySelector('li.entry.chosen') as HTMLElement;
    const labels = [...chosen.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(labels[0]).toBe('Publisher');
    expect(chosen.querySelector('[data-testid="source-publisher"]')?.textContent).toBe('General Statistics Office');
    expect(chosen.querySelector('[data-testid="source-link"]')?.textContent).toBe('copy on GitHub');
    expect(chosen.querySelector('[data-testid="source-official"]')?.getAttribute('href')).toBe('https://www.nso.gov.vn/en/px-web?pxid=E0417');
    const setAside = screen.getByTestId('provenance').element().querySelector('li.entry.set-aside') as HTMLElement;
    // A publisher without an English name keeps its own.
    expect(setAside.querySelector('[data-testid="source-publisher"]')?.textContent).toBe('Việt Nam News');
    expect(setAside.querySelector('[data-testid="source-link"]')?.textContent).toBe('https://vietnamnews.vn/a');
  });
});
