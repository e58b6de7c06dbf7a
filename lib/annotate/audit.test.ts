import { describe, expect, it } from 'vitest';
import { changesIn } from './audit';
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
