import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import LogisticsCard from '../../src/ui/logistics/LogisticsCard.svelte';
import type { LogisticsPoint } from '../../src/core/data/types';
import { provinces, sources } from '../unit/zones/fixtures';

const point: LogisticsPoint = {
  id: 'bn-icd-x', kind: 'icd', nameVi: 'Cảng cạn X', nameEn: 'X inland container depot', code: '27', lon: 106.2, lat: 21.1,
  precisionM: 4000, status: 'operating', sourceIds: [], note: 'commune centroid (censusVN2009); location inferred from the name only: low confidence',
};

describe('LogisticsCard', () => {
  test('says how the point was located in the reader\'s language', async () => {
    const vi = await render(LogisticsCard, { lang: 'vi', point, provinces, sources, onClose: () => {} });
    const note = vi.container.querySelector('[data-field="note"]')!;
    expect(note.textContent).toBe('tâm xã (censusVN2009); vị trí chỉ suy ra từ tên: độ tin cậy thấp');
    expect(note.previousElementSibling?.textContent).toBe('Cách xác định vị trí');
    expect(note.querySelector('[lang]')).toBeNull();
    vi.unmount();
    const en = await render(LogisticsCard, { lang: 'en', point, provinces, sources, onClose: () => {} });
    expect(en.container.querySelector('[data-field="note"]')?.textContent).toBe(point.note);
  });
});
