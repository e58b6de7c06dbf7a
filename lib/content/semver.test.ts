import { describe, expect, it } from 'vitest';
import { compareSemver } from './semver';

describe('compareSemver', () => {
  it('orders by major, then minor, then patch, numerically', () => {
    expect(compareSemver('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareSemver('1.1.0', '1.0.9')).toBeGreaterThan(0);
    expect(compareSemver('2.0.0', '10.0.0')).toBeLessThan(0);
    expect(compareSemver('1.0.1', '1.0.2')).toBeLessThan(0);
    expect(compareSemver('1.2.3', '1.2.3')).toBe(0);
  });
});
