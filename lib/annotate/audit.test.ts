import { describe, expect, it } from 'vitest';
import { changesIn, keptAside } from './audit';
import { overrides } from './test-helpers';

describe('changesIn', () => {
  it('lists each rule and override that changed pinyin-pro’s reading, with the changed characters marked', () => {
    const changes = changesIn('以学生为中心，工作做得更好', overrides);
    expect(changes.map(({ rule, from, to, context }) => ({ rule, from, to, context }))).toEqual([
      {
        rule: 'override:学生',
        from: 'xué shēng',
        to: 'xué sheng',
        context: '以【学生】为中心，工作做得更好',
      },
      { rule: '以…为', from: 'wèi', to: 'wéi', context: '以学生【为】中心，工作做得更好' },
      { rule: '得 de', from: 'dé', to: 'de', context: '以学生为中心，工作做【得】更好' },
    ]);
  });

  it('leaves out overrides that pin the reading pinyin-pro already gives', () => {
    // 济南 is pinned (jǐ nán) though pinyin-pro reads it so: not a change
    expect(changesIn('济南底气', overrides)).toEqual([]);
  });
});

describe('keptAside', () => {
  const report = {
    file: '2018-state-council.txt',
    title: '政府工作报告（2018年）',
    issuer: '国务院 State Council of the PRC',
  };
  it('refuses the 2025 State Council report by date, title or opening', () => {
    expect(keptAside({ ...report, date: '2025-03-05' }, '')).toBe(true);
    expect(keptAside({ ...report, date: '2018-03-05', title: '2025年政府工作报告' }, '')).toBe(true);
    expect(
      keptAside(
        { ...report, date: '' },
        '政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上',
      ),
    ).toBe(true);
  });
  it('takes the other reports', () => {
    expect(
      keptAside(
        { ...report, date: '2018-03-05' },
        '政府工作报告\n——2018年3月5日在第十三届全国人民代表大会第一次会议上',
      ),
    ).toBe(false);
    // a province's 2025 report is not the one kept aside
    expect(keptAside({ file: 'x.txt', issuer: '山东省人民政府', date: '2025-01-20' }, '')).toBe(false);
  });
});
