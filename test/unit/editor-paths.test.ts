import { expect } from '@open-wc/testing';
import { parser } from '@lezer/json';
import { parsePath, rangeOfPath } from '../../demo/editor/json-paths.js';

const text = `{
  "version": 1,
  "channels": [
    { "id": "chat", "hours": { "mon-fri": "08:00-22:00" } },
    {
      "id": "phone",
      "href": "javascript:alert(1)"
    }
  ]
}`;
const tree = parser.parse(text);
const at = (path: string) => {
  const range = rangeOfPath(tree, text, path);
  return text.slice(range.from, range.to);
};

describe('finding validator paths in the policy text', () => {
  it('splits paths into keys and indexes', () => {
    expect(parsePath('channels[1].hours.mon-fri')).to.deep.equal(['channels', 1, 'hours', 'mon-fri']);
    expect(parsePath('')).to.deep.equal([]);
  });

  it('points at the property a path names', () => {
    expect(at('channels[0].hours.mon-fri')).to.equal('"mon-fri": "08:00-22:00"');
    expect(at('channels[1].href')).to.equal('"href": "javascript:alert(1)"');
    expect(at('version')).to.equal('"version": 1');
  });

  it('points at the first line of an item, not the whole of it', () => {
    expect(at('channels[1]')).to.equal('{');
    expect(at('channels[0]')).to.equal('{ "id": "chat", "hours": { "mon-fri": "08:00-22:00" } }');
  });

  it('falls back to the deepest part that exists for a missing key', () => {
    expect(at('channels[1].label')).to.equal('{');
    expect(at('channels[7].label')).to.equal('"channels": [');
  });

  it('places syntax errors by line and column', () => {
    expect(at('line 3, column 3')).to.equal('"');
  });
});
