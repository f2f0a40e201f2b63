// Thousands of generated and mutated policies through the loader: it never throws, always says
// either "usable" or "fatal", never lets a disallowed link through and never touches Object.prototype.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePolicyText, validatePolicy, type ValidationResult } from '../../src/policy/validate.js';
import { checkProperty, garbledText, isAllowedLink, linksIn, mutatedPolicy } from './arbitraries.js';

/** How many inputs each property tries; the closing note of issue 7 quotes their sum. */
const RUNS = { mutated: 3000, randomJson: 1000, garbled: 1000 };

function checkResult(result: ValidationResult): void {
  expect(result.errors).to.be.an('array');
  if (result.fatal) {
    expect(result.policy).to.equal(undefined);
    expect(result.errors.length).to.be.greaterThan(0);
  } else {
    expect(result.policy?.channels.length).to.be.greaterThan(0);
    for (const link of linksIn(result.policy)) expect(isAllowedLink(link), link).to.equal(true);
  }
  for (const error of result.errors) {
    expect(error.path).to.be.a('string');
    expect(error.message).to.be.a('string').and.not.equal('');
  }
  expect(({} as Record<string, unknown>).kwPolluted).to.equal(undefined);
}

describe('policy loader under generated input', function () {
  // Thousands of runs while three engines share two cores: slow, not frozen.
  this.timeout(90_000);
  let demo: unknown;
  before(async () => {
    demo = await (await fetch('/demo/contact-policy.json')).json();
  });

  it(`survives ${RUNS.mutated} mutated demo policies, as objects and as text`, async () => {
    await checkProperty(
      fc.property(mutatedPolicy(demo), (policy) => {
        checkResult(validatePolicy(policy));
        let text: string | undefined;
        try {
          text = JSON.stringify(policy);
        } catch {
          // Too deep for JSON.stringify: only the object path applies.
        }
        if (text !== undefined) checkResult(parsePolicyText(text));
      }),
      RUNS.mutated,
    );
  });

  it(`survives ${RUNS.randomJson} random JSON values`, async () => {
    await checkProperty(
      fc.property(fc.jsonValue(), (value) => {
        const result = validatePolicy(value);
        checkResult(result);
        expect(result.fatal).to.equal(true);
      }),
      RUNS.randomJson,
    );
  });

  it(`reports ${RUNS.garbled} garbled policy texts with a line and column, or loads them`, async () => {
    await checkProperty(
      fc.property(garbledText(demo), (text) => {
        const result = parsePolicyText(text);
        checkResult(result);
        let isJson = true;
        try {
          JSON.parse(text);
        } catch {
          isJson = false;
        }
        if (!isJson) expect(result.errors[0]?.path).to.match(/^line \d+, column \d+$/);
      }),
      RUNS.garbled,
    );
  });
});
