import { expect } from '@open-wc/testing';
import { editDistance } from '../../src/internal/edit-distance.js';

describe('editDistance', () => {
  const rows: [string, string, number][] = [
    ['factuur', 'factuur', 0],
    ['verhuisen', 'verhuizen', 1],
    ['jaarafrekning', 'jaarafrekening', 1],
    ['facturu', 'factuur', 1],
    ['meterstand', 'metrestnad', 2],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ];
  for (const [a, b, distance] of rows) {
    it(`"${a}" → "${b}" is ${distance}`, () => {
      expect(editDistance(a, b)).to.equal(distance);
      expect(editDistance(b, a)).to.equal(distance);
    });
  }

  it('stops at the limit and says "more than that"', () => {
    expect(editDistance('storing', 'overstappen', 2)).to.equal(3);
    expect(editDistance('kitten', 'sitting', 2)).to.equal(3);
    expect(editDistance('kitten', 'sitting', 3)).to.equal(3);
  });
});
