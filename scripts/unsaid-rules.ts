/**
 * The policy rules that policy.schema.json cannot say, because each needs more than the one value
 * a JSON Schema keyword looks at: another part of the policy, a list of names that changes, or a
 * parser. The validator checks them; an editor that only knows the schema stays silent about them.
 * scripts/generate-schema.ts fails on any other check without a JSON Schema form, writes this list
 * into docs/policy-reference.md, and test/node/policy-differential.test.ts holds the validator to it:
 * a policy the schema accepts and the validator refuses breaks one of these.
 */
export interface UnsaidRule {
  rule: string;
  why: string;
  /** How the validator words a breach of it. */
  message: RegExp;
}

export const UNSAID_RULES: readonly UnsaidRule[] = [
  {
    rule: 'References name an id that exists: `topics[].channels`, `faq[].topics`, `notices[].topics`, `defaultTopic`',
    why: 'the id is declared in another list; JSON Schema compares a value with the schema, not with other values',
    message: /^no (channel|topic) has the id /,
  },
  {
    rule: 'Ids are unique within `channels`, `topics`, `faq` and `notices`',
    why: '`uniqueItems` compares whole items, not one key of each',
    message: / is already used by (channels|topics|faq|notices)\[\d+\]; ids must be unique$/,
  },
  {
    rule: 'A notice ends after it starts: `until` is later than `from`',
    why: 'comparing two moments, each with its own offset, is arithmetic; patterns only match text',
    message: /^ends before it starts /,
  },
  {
    rule: '`timeZone` names a time zone of the IANA database',
    why: 'the list of names grows with every release of the database; the widget asks the browser, which knows the current list',
    message: / is not a time zone like /,
  },
  {
    rule: 'Each weekday is in one key of `hours` only (not in `"mon-fri"` and in `"wed"`)',
    why: 'the days a key like `"fri-mon"` covers are a range over a week that wraps; forbidding each overlapping pair of the 56 possible keys takes 1,176 clauses',
    message: / is in both "[a-z-]+" and "[a-z-]+"; give each day once$/,
  },
  {
    rule: 'An `https:` address is one the browser\'s URL parser accepts (e.g. not `https://` alone, or a port over 65535)',
    why: 'the WHATWG URL parser is a state machine with host rules (IDNA, IPv6, percent-encoding); the schema checks the scheme and the characters',
    message: / is not a valid web address$/,
  },
];
