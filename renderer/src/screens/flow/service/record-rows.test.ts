import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../../../shared/catalog/default-catalog.js';
import { resolveSituation } from '../../../../../shared/catalog/resolve-situation.js';
import { platformTextPicker } from '../../../i18n/platform-text.js';
import { entryWeight, inlineCells, pageEntries, recordChoices, recordEntries } from './record-rows.js';

describe('record entries', () => {
  const record = {
    summary: [
      { label: '姓名', value: '张晓明' },
      { label: '参保状态', value: '正常参保缴费' },
      { label: '个人账户余额', value: '3,905.12元' },
    ],
    table: {
      columns: ['缴费年月', '缴费单位', '缴费基数', '个人缴纳'],
      rows: [
        ['2025-11', '阳泉市晋阳机械制造有限公司', '5680.00', '454.40'],
        ['2025-12', '阳泉市晋阳机械制造有限公司', '5680.00', '454.40'],
      ],
    },
  };

  it('hides the full name, keeps the summary, and turns each table row into a titled entry', () => {
    const entries = recordEntries(record);
    expect(entries.map((e) => (e.kind === 'value' ? e.label : e.title))).toEqual([
      '参保状态',
      '个人账户余额',
      '缴费年月 2025-11',
      '缴费年月 2025-12',
    ]);
    const row = entries[2];
    expect(row?.kind === 'row' && row.cells).toEqual([
      { label: '缴费单位', value: '阳泉市晋阳机械制造有限公司' },
      { label: '缴费基数', value: '5680.00' },
      { label: '个人缴纳', value: '454.40' },
    ]);
  });

  it('shows the English the platform gave, and the Chinese where it gave none', () => {
    const withEnglish = {
      summary: [
        { label: '姓名', labelEn: 'Name', value: '张晓明' },
        { label: '参保状态', labelEn: 'Status', value: '正常参保缴费', valueEn: 'Enrolled and contributing' },
        { label: '参保地', labelEn: 'Insured in', value: '山西省阳泉市郊区' },
      ],
      table: {
        columns: ['缴费年月', '状态'],
        columnsEn: ['Month', 'Status'],
        rows: [['2025-11', '已到账']],
        rowsEn: [['2025-11', 'Received']],
      },
    };
    const pick = platformTextPicker('en');
    const entries = recordEntries(withEnglish, pick);
    expect(entries.map((e) => (e.kind === 'value' ? [e.label, e.value] : [e.title, e.cells]))).toEqual([
      ['Status', 'Enrolled and contributing'],
      ['Insured in', '山西省阳泉市郊区'],
      ['Month 2025-11', [{ label: 'Status', value: 'Received' }]],
    ]);
    expect(pick.anyChinese()).toBe(true);
    // Chinese mode: the Chinese only, whatever English there is.
    const zh = recordEntries(withEnglish, platformTextPicker('zh-CN'));
    expect(zh.map((e) => (e.kind === 'value' ? e.label : e.title))).toEqual(['参保状态', '参保地', '缴费年月 2025-11']);
  });

  it('pages by weight, never leaving a page empty', () => {
    const entries = recordEntries(record);
    expect(entryWeight(entries[2] as never)).toBeCloseTo(3.3);
    expect(entryWeight(entries[2] as never, inlineCells)).toBeCloseTo(2.8);
    expect(pageEntries(entries, 6).map((p) => p.length)).toEqual([3, 1]);
    expect(pageEntries(entries, 4, inlineCells).map((p) => p.length)).toEqual([2, 1, 1]);
    expect(pageEntries(entries, 1).map((p) => p.length)).toEqual([1, 1, 1, 1]);
    expect(pageEntries([], 5)).toEqual([]);
  });
});

describe('record choices', () => {
  const itemOf = (code: string) => {
    const item = defaultCatalog.items.find((i) => i.code === code);
    if (!item) throw new Error(code);
    return item;
  };

  it('sends answers and values that are not about a person', () => {
    const item = itemOf('SC-009');
    const answers = { searchBy: 'name' };
    expect(recordChoices(resolveSituation(item, answers), answers, { entityName: ' 建国家常菜馆 ' })).toEqual({
      answers: { searchBy: 'name' },
      values: { entityName: '建国家常菜馆' },
    });
    const yb = itemOf('YB-004');
    expect(
      recordChoices(resolveSituation(yb, {}), {}, { insuredName: '张小宝', insuredIdNumber: '140311201501010011' })
        .values,
    ).toEqual({});
  });

  it('sends the period of a 参保证明 only when it applies (custom months), never left-over answers', () => {
    const item = itemOf('RS-001');
    const custom = { certificateKind: 'pensionOnly', period: 'custom' };
    expect(recordChoices(resolveSituation(item, custom), custom, { fromMonth: '2025-01', toMonth: '2025-06' })).toEqual(
      { answers: custom, values: { fromMonth: '2025-01', toMonth: '2025-06' } },
    );
    // Months typed before switching back to "last 12 months" stay in the state but are not sent.
    const last12 = { certificateKind: 'allInsurances', period: 'last12', stale: 'x' };
    expect(recordChoices(resolveSituation(item, last12), last12, { fromMonth: '2025-01', toMonth: '2025-06' })).toEqual(
      { answers: { certificateKind: 'allInsurances', period: 'last12' }, values: {} },
    );
  });
});
