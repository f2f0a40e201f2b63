// A phone (375 × 667) with a 300 px on-screen keyboard: the field being typed in and the send
// button stay visible in the bottom sheet. Two ways a keyboard shows: it shrinks the whole viewport
// (Chrome's interactive-widget=resizes-content), or only the visual viewport (Safari, Chrome's
// default), which is emulated here by a stand-in window.visualViewport.
import { expect } from '@open-wc/testing';
import type { KanaalWijzer } from '../../src/components/kanaal-wijzer/entry/kanaal-wijzer.js';
import { mount, openEmail, setViewport, unmountAll, waitFor } from '../element/helpers.js';
import { designExample } from '../fixtures/policies.js';

const PHONE = { width: 375, height: 667 };
const KEYBOARD = 300;

/** Visible: inside the part of the viewport the keyboard leaves, and on top where it is. */
function visibleAbove(root: ShadowRoot, element: Element, visibleBottom: number): void {
  const box = element.getBoundingClientRect();
  expect(box.top, `${element.id || element.getAttribute('part')} top`).to.be.at.least(0);
  expect(box.bottom, `${element.id || element.getAttribute('part')} bottom`).to.be.at.most(visibleBottom + 1);
  const hit = root.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 10));
  expect(element === hit || element.contains(hit), `${element.id || element.getAttribute('part')} is not covered`).to.equal(true);
}

async function typingInMessage(el: KanaalWijzer): Promise<{ root: ShadowRoot; field: HTMLTextAreaElement; send: HTMLElement }> {
  const root = await openEmail(el, 'email');
  const field = await waitFor(() => root.querySelector<HTMLTextAreaElement>('#message'));
  field.focus();
  return { root, field, send: root.querySelector('[part="send-button"]') as HTMLElement };
}

const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));

describe('on a phone with the on-screen keyboard up', () => {
  const realViewport = Object.getOwnPropertyDescriptor(window, 'visualViewport');
  afterEach(async () => {
    if (realViewport) Object.defineProperty(window, 'visualViewport', realViewport);
    else delete (window as { visualViewport?: unknown }).visualViewport;
    unmountAll();
    await setViewport({ width: 1024, height: 768 });
  });

  it('keeps the message field and the send button visible when the keyboard shrinks the viewport', async function () {
    if (!(await setViewport(PHONE))) this.skip();
    const { el } = await mount((el) => (el.policy = designExample()));
    const { root, field, send } = await typingInMessage(el);
    await setViewport({ width: PHONE.width, height: PHONE.height - KEYBOARD });
    await settle();
    field.scrollIntoView({ block: 'nearest' });
    await settle();
    visibleAbove(root, field, PHONE.height - KEYBOARD);
    visibleAbove(root, send, PHONE.height - KEYBOARD);
  });

  it('rests the sheet on the keyboard when only the visual viewport shrinks', async function () {
    if (!(await setViewport(PHONE))) this.skip();
    const visual = Object.assign(new EventTarget(), { width: PHONE.width, height: PHONE.height, offsetTop: 0, offsetLeft: 0, scale: 1 });
    Object.defineProperty(window, 'visualViewport', { configurable: true, get: () => visual });
    const { el } = await mount((el) => (el.policy = designExample()));
    const { root, field, send } = await typingInMessage(el);
    visual.height = PHONE.height - KEYBOARD;
    visual.dispatchEvent(new Event('resize'));
    await settle();
    const sheet = (root.querySelector('[part="panel"]') as HTMLElement).getBoundingClientRect();
    expect(Math.round(sheet.bottom), 'the sheet ends at the keyboard').to.equal(PHONE.height - KEYBOARD);
    visibleAbove(root, field, PHONE.height - KEYBOARD);
    visibleAbove(root, send, PHONE.height - KEYBOARD);
  });
});
