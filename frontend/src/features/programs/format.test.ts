import { describe, expect, it } from 'vitest';
import { chartScale, formatValue, percent } from './format';

describe('programme values', () => {
  it('writes money in 亿元 and 万元 as Chinese reports do', () => {
    expect(formatValue(1_200_000_000, 'CNY', 'zh-CN')).toBe('12 亿元');
    expect(formatValue(13_500_000, 'CNY', 'zh-CN')).toBe('1,350 万元');
    expect(formatValue(125_000, 'CNY', 'zh-CN')).toBe('12.5 万元');
    expect(formatValue(800, 'CNY', 'zh-CN')).toBe('800 元');
  });

  it('writes money in CNY m and bn in English', () => {
    expect(formatValue(1_200_000_000, 'CNY', 'en')).toBe('CNY 1.2 bn');
    expect(formatValue(13_500_000, 'CNY', 'en')).toBe('CNY 13.5 m');
  });

  it('shows a missing value as a dash, not zero', () => {
    expect(formatValue(null, 'CNY', 'zh-CN')).toBe('—');
    expect(percent(null, 'zh-CN')).toBe('—');
  });

  it('writes counts with their unit', () => {
    expect(formatValue(26, 'WAREHOUSE', 'zh-CN', '个')).toBe('26 个');
    expect(chartScale('CNY', 'zh-CN')).toEqual({ divisor: 10_000, suffix: '万元' });
  });
});
