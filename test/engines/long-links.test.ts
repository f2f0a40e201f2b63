// Found by the fuzz test in Firefox: a very long relative link passed validation, and Firefox could
// not parse it (URLs past 1 MB percent-encoded), so the widget bound a dead link.
import { expect } from '@open-wc/testing';
import { urlProblem } from '../../src/policy/checks.js';

describe('links every engine can open', () => {
  it('refuses a link longer than 2048 characters', () => {
    expect(urlProblem(`/${'ä'.repeat(200_000)}`)).to.match(/cannot be longer than 2048 characters/);
  });

  it('accepts a link of 2048 characters, which this engine parses', () => {
    const link = `/${'ä'.repeat(2047)}`;
    expect(urlProblem(link)).to.equal(undefined);
    expect(new URL(link, 'https://host.example/').pathname.length).to.be.greaterThan(2047);
  });
});
