import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import ProvinceList from '../../src/ui/ProvinceList.svelte';
import type { Province } from '../../src/core/data/types';

const province = (code: string, nameVi: string, nameEn: string): Province => ({
  edition: 'pre2025', code, iso: '', nameVi, nameEn, inRegion: true, inBloc: true, successor: code,
});

const provinces = [
  province('36', 'Nam Định', 'Nam Dinh'),
  province('01', 'Hà Nội', 'Hanoi'),
  province('30', 'Hải Dương', 'Hai Duong'),
  province('35', 'Hà Nam', 'Ha Nam'),
  province('27', 'Bắc Ninh', 'Bac Ninh'),
  province('15', 'Yên Bái', 'Yen Bai'),
  province('11', 'Điện Biên', 'Dien Bien'),
];

describe('ProvinceList', () => {
  test('sorts Vietnamese names with the Vietnamese collation and marks the selection', async () => {
    const screen = await render(ProvinceList, {
      lang: 'vi', edition: 'pre2025', provinces, selected: '30', onSelect: () => {},
    });
    const names = [...screen.container.querySelectorAll('button .name')].map((el) => el.textContent);
    // Đ sorts after D and before E in Vietnamese; a code-point sort would put "Điện Biên" after "Yên Bái".
    expect(names).toEqual(['Bắc Ninh', 'Điện Biên', 'Hà Nam', 'Hà Nội', 'Hải Dương', 'Nam Định', 'Yên Bái']);
    const pressed = screen.container.querySelector('button[aria-pressed="true"]') as HTMLElement;
    expect(pressed.dataset.code).toBe('30');
  });

  test('a click selects, a second click on the selection clears it', async () => {
    const calls: (string | null)[] = [];
    const screen = await render(ProvinceList, {
      lang: 'en', edition: 'pre2025', provinces, selected: '27', onSelect: (code: string | null) => calls.push(code),
    });
    await screen.getByRole('button', { name: /Hanoi/ }).click();
    await screen.getByRole('button', { name: /Bac Ninh/ }).click();
    expect(calls).toEqual(['01', null]);
  });
});
