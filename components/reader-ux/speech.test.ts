import { describe, expect, it } from 'vitest';
import { clampRate, pickChineseVoice } from './speech';

const v = (lang: string, name = lang, localService = false) => ({ lang, name, voiceURI: name, localService });

describe('read-aloud helpers', () => {
  it('picks a mainland Mandarin voice over other Chinese voices', () => {
    const voices = [v('en-US'), v('zh-TW', 'Mei-Jia'), v('zh-CN', 'Tingting'), v('zh-HK', 'Sin-ji')];
    expect(pickChineseVoice(voices)?.name).toBe('Tingting');
    expect(pickChineseVoice([v('cmn-Hans-CN', 'Google')])?.name).toBe('Google');
    expect(pickChineseVoice([v('zh_CN', 'Android')])?.name).toBe('Android');
  });

  it('falls back to other Mandarin, never to Cantonese or non-Chinese voices', () => {
    expect(pickChineseVoice([v('en-GB'), v('zh-TW', 'Mei-Jia')])?.name).toBe('Mei-Jia');
    expect(pickChineseVoice([v('zh-HK', 'Sin-ji'), v('yue-HK'), v('en-US')])).toBeUndefined();
    expect(pickChineseVoice([])).toBeUndefined();
  });

  it('prefers an on-device voice among equals', () => {
    expect(pickChineseVoice([v('zh-CN', 'net'), v('zh-CN', 'local', true)])?.name).toBe('local');
  });

  it('keeps the speed within 0.6–1.2', () => {
    expect(clampRate(0.8)).toBe(0.8);
    expect(clampRate('1.1')).toBe(1.1);
    expect(clampRate(3)).toBe(1.2);
    expect(clampRate(0.1)).toBe(0.6);
    expect(clampRate('fast')).toBe(1);
    expect(clampRate(undefined)).toBe(1);
  });
});
