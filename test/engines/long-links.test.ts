// Found by the fuzz test in Firefox: a very long relative link passed validation, and Firefox
// cannot parse it (URLs past 1 MB percent-encoded), so the widget bound a dead link.
import { expect } from '@open-wc/testing';
import { validatePolicy } from '../../src/policy/validate.js';
import { designExample } from '../fixtures/policies.js';

function withChatLink(href: string) {
  const policy = designExample() as Record<string, any>;
  policy.channels[0].href = href;
  return validatePolicy(policy);
}

describe('links every engine can open', () => {
  it('refuses a link longer than 2048 characters', () => {
    const result = withChatLink(`/${'ä'.repeat(200_000)}`);
    expect(result.errors.map((error) => `${error.path}: ${error.message}`)).to.include('channels[0].href: a link cannot be longer than 2048 characters');
  });

  it('accepts a link of 2048 characters, which this engine parses', () => {
    const link = `/${'ä'.repeat(2047)}`;
    expect(withChatLink(link).errors).to.deep.equal([]);
    expect(new URL(link, 'https://host.example/').pathname.length).to.be.greaterThan(2047);
  });
});
