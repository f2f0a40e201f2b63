// Right to left (a page with dir="rtl"): the launcher, the panel, the channel cards and the icons
// that point along the line mirror; nothing stays where a left-to-right page would have it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import { arabicPolicy } from '../fixtures/arabic-policy.js';
import { designExample } from '../fixtures/policies.js';
import { channelCard, mount, openEmail, openPanel, readable, setViewport, unmountAll, waitFor } from './helpers.js';

function pageIn(dir: 'rtl' | 'ltr', lang = ''): HTMLElement {
  const page = document.createElement('div');
  page.dir = dir;
  page.lang = lang;
  document.body.append(page);
  return page;
}

describe('right to left', () => {
  let consoleWarn: sinon.SinonStub;
  const pages: HTMLElement[] = [];
  beforeEach(async () => {
    consoleWarn = sinon.stub(console, 'warn');
    // A desktop window: at phone widths the panel is a full-width sheet, on neither side (and WebKit
    // keeps the window size an earlier test file set).
    await setViewport({ width: 1024, height: 768 });
  });
  afterEach(() => {
    consoleWarn.restore();
    unmountAll();
    for (const page of pages.splice(0)) page.remove();
  });

  for (const dir of ['rtl', 'ltr'] as const) {
    it(`puts the launcher and its panel in the ${dir === 'rtl' ? 'bottom left' : 'bottom right'} corner`, async () => {
      const page = pageIn(dir);
      pages.push(page);
      const { el, root } = await mount((el) => (el.policy = designExample()), page);
      const launcher = root.querySelector('[part="launcher"]') as HTMLElement;
      // The side of the viewport it keeps closer to.
      const side = (rect: DOMRect) => (rect.left < innerWidth - rect.right ? 'left' : 'right');
      const expected = dir === 'rtl' ? 'left' : 'right';
      expect(side(launcher.getBoundingClientRect()), 'launcher').to.equal(expected);
      const panel = await openPanel(el);
      expect(side(panel.getBoundingClientRect()), 'panel').to.equal(expected);
    });
  }

  it('mirrors the channel cards and the icons that point along the line', async () => {
    const page = pageIn('rtl');
    pages.push(page);
    const { root } = await mount((el) => {
      el.mode = 'inline';
      el.policy = designExample();
    }, page);
    const card = channelCard(root, 'chat');
    const icon = (card.querySelector('.channel-icon') as HTMLElement).getBoundingClientRect();
    const label = (card.querySelector('.channel-label') as HTMLElement).getBoundingClientRect();
    expect(icon.left, 'the icon on the right of the title').to.be.greaterThan(label.left);
    const chevron = await waitFor(() => root.querySelector('[part="task"] .directional'));
    expect(getComputedStyle(chevron).transform).to.match(/^matrix\(-1, 0, 0, 1/);
    await expect(root.host).to.be.accessible();
  });

  describe('in Arabic, from the policy\'s words', () => {
    /** Latin words, but for an email address and a reference (KW-…), which are the same in every language. */
    const english = (text: string) => text.replace(/\S+@\S+|\bKW-\S+/g, '').match(/[A-Za-z]{2,}/g) ?? [];
    /** A PNG for a person to look at, when the run asks for them (KW_SCREENS_DIR). */
    const screenshot = (name: string) => executeServerCommand('kw-screenshot', { name });

    it('shows the launcher, the panel and the channel cards in Arabic, mirrored', async () => {
      const page = pageIn('rtl', 'ar');
      pages.push(page);
      const { el, root } = await mount((el) => (el.policy = arabicPolicy()), page);
      await el.ready;
      expect(el.language).to.equal('ar');
      const launcher = await waitFor(() => root.querySelector<HTMLElement>('[part="launcher"]'));
      await waitFor(() => readable(launcher) === 'تحتاج إلى مساعدة؟' || undefined);
      expect(launcher.getBoundingClientRect().left, 'the launcher at the left').to.be.lessThan(innerWidth / 2);
      const panel = await openPanel(el);
      await waitFor(() => channelCard(root, 'chat'));
      const shown = readable(panel);
      expect(shown).to.contain('كيف يمكننا مساعدتك؟').and.contain('تواصل معنا').and.contain('الانتظار نحو');
      expect(english(shown), 'no English word').to.deep.equal([]);
      expect(panel.getBoundingClientRect().left, 'the panel at the left').to.be.lessThan(innerWidth / 2);
      const card = channelCard(root, 'chat');
      const icon = (card.querySelector('.channel-icon') as HTMLElement).getBoundingClientRect();
      const label = (card.querySelector('.channel-label') as HTMLElement).getBoundingClientRect();
      expect(icon.left, 'the icon on the right of the title').to.be.greaterThan(label.left);
      const number = channelCard(root, 'phone').querySelector('.channel-number') as HTMLElement;
      const plus = document.createRange();
      const digits = document.createRange();
      const walker = document.createTreeWalker(number, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode();
      while (text && !text.textContent?.startsWith('+')) text = walker.nextNode();
      plus.setStart(text as Node, 0);
      plus.setEnd(text as Node, 1);
      digits.setStart(text as Node, 1);
      digits.setEnd(text as Node, 2);
      expect(plus.getBoundingClientRect().left, 'the "+" before the number, read left to right').to.be.lessThan(digits.getBoundingClientRect().left);
      await expect(root.host).to.be.accessible();
      await screenshot('arabic-panel');
    });

    it('shows the email form in Arabic, its fields and labels from the right', async () => {
      const page = pageIn('rtl', 'ar');
      pages.push(page);
      const { el, root } = await mount((el) => (el.policy = arabicPolicy()), page);
      await el.ready;
      await openEmail(el, 'email');
      const form = root.querySelector('[part="email-form"]') as HTMLElement;
      const text = readable(root.querySelector('[part="panel"]') as HTMLElement);
      expect(text).to.contain('أرسل لنا رسالة').and.contain('بريدك الإلكتروني').and.contain('إرسال');
      expect(english(text), 'no English word').to.deep.equal([]);
      const field = form.querySelector('textarea') as HTMLElement;
      const labelText = form.querySelector(`label[for="${field.id}"]`) ?? field.closest('label');
      expect(labelText, 'the message field has its label').to.exist;
      // The words themselves, not the label's box, which may span the form.
      const words = document.createRange();
      words.selectNodeContents(labelText as HTMLElement);
      const box = form.getBoundingClientRect();
      const labelBox = words.getBoundingClientRect();
      expect(box.right - labelBox.right, 'the label starts at the right').to.be.lessThan(labelBox.left - box.left);
      await expect(root.host).to.be.accessible();
      await screenshot('arabic-email-form');
    });

    it('opens as a bottom sheet at phone width, still in Arabic', async function () {
      // WebKit's MiniBrowser window cannot be this narrow: there the test is skipped, as placement.test.ts's are.
      if (!(await setViewport({ width: 375, height: 740 }))) this.skip();
      const page = pageIn('rtl', 'ar');
      pages.push(page);
      const { el, root } = await mount((el) => (el.policy = arabicPolicy()), page);
      await el.ready;
      const panel = await openPanel(el);
      await waitFor(() => channelCard(root, 'chat'));
      const box = panel.getBoundingClientRect();
      expect([box.left, box.right], 'from edge to edge').to.deep.equal([0, innerWidth]);
      expect(innerHeight - box.bottom, 'at the bottom').to.be.lessThan(20);
      expect(english(readable(panel)), 'no English word').to.deep.equal([]);
      await expect(root.host).to.be.accessible();
      await screenshot('arabic-sheet');
    });
  });
});
