/** Templates for the panel's home: notices, self-service tasks, the urgency row and the channel cards. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { ifDefined } from 'lit-html/directives/if-defined.js';
import { URGENCIES, type Urgency } from '../../../policy/ranking.js';
import { icon } from './icons.js';
import type { NoticeClamp } from './notice-clamp.js';
import type { ChannelView, NoticeView, TaskView } from './panel-view.js';
import type { Strings } from '../../../i18n/panel-strings.js';

/**
 * The notices, each a note named by its level ("Storing"). Read in the panel's flow when it opens;
 * only a notice that starts while the panel is shown interrupts, as an alert (or, for plain
 * information, a polite status): an alert at first render would cut into whatever the screen
 * reader was saying about the page.
 */
export function notices(list: NoticeView[], words: Strings, clamp: NoticeClamp, shownFirst: ReadonlySet<string>) {
  if (list.length === 0) return nothing;
  return html`<div class="notices">
    ${list.map((notice) => {
      const long = clamp.long(notice.id);
      const clamped = clamp.clamped(notice.id);
      const role = shownFirst.has(notice.id) ? 'note' : notice.level === 'info' ? 'status' : 'alert';
      return html`
        <div class="notice" part=${`notice notice-${notice.level}`} data-level=${notice.level} role=${role} aria-labelledby=${`notice-${notice.id}-level`}>
          ${icon(notice.level === 'info' ? 'info' : 'warning')}
          <div>
            <p class="notice-text ${clamped ? 'clamped' : ''}" data-notice=${notice.id}><strong id=${`notice-${notice.id}-level`}>${notice.levelLabel}</strong> ${notice.text}</p>
            ${long || notice.link
              ? html`<p class="notice-actions">
                  ${long
                    ? html`<button type="button" class="link-button" aria-expanded=${clamped ? 'false' : 'true'} @click=${() => clamp.toggle(notice.id)}>
                        ${clamped ? words.noticeMore : words.noticeLess}
                      </button>`
                    : nothing}
                  ${notice.link ? html`<a href=${notice.link.href}>${notice.link.label}</a>` : nothing}
                </p>`
              : nothing}
          </div>
        </div>
      `;
    })}
  </div>`;
}

export function tasks(list: TaskView[], words: Strings) {
  if (list.length === 0) return nothing;
  return html`<h3 id="tasks-heading">${words.selfService}</h3>
    <ul class="tasks" aria-labelledby="tasks-heading">
      ${list.map((task) => html`<li><a part="task" href=${task.href}>${icon('task')}${task.label}</a></li>`)}
    </ul>`;
}

/**
 * The urgency question in two short rows: the question with "in writing" beside it, then the
 * three answers side by side. DOM order stays question, answers, "in writing" (tab order).
 */
export function urgencyRow(props: { words: Strings; urgency?: Urgency; record: boolean; onUrgency: (urgency: Urgency) => void; onRecord: (record: boolean) => void }) {
  const { words } = props;
  return html`<fieldset class="urgency" part="urgency">
    <legend>${words.urgencyQuestion}</legend>
    <div class="choices">
      ${URGENCIES.map(
        (urgency) => html`<label class="choice">
          <input type="radio" name="urgency" value=${urgency} .checked=${props.urgency === urgency} @change=${() => props.onUrgency(urgency)} />
          <span>${words.urgency[urgency]}</span>
        </label>`,
      )}
    </div>
    <label class="choice record">
      <input type="checkbox" .checked=${props.record} @change=${(event: Event) => props.onRecord((event.target as HTMLInputElement).checked)} />
      <span>${words.record}</span>
    </label>
  </fieldset>`;
}

/**
 * A channel card. Its accessible name is the channel's own name alone, so a screen reader user
 * moving through the list hears "Chat", "Bellen", …; the badge, number, status, wait and cost are
 * its description, read after the name. They stay out of the name (aria-hidden inside the card, and
 * still read as its description), and the name stays the card's own first words, as voice control
 * expects ("click Chat").
 */
export function channelCard(channel: ChannelView, words: Strings, onSelect: (channel: ChannelView) => void) {
  const id = (what: string) => `channel-${channel.id}-${what}`;
  const detail = (what: string, cls: string, text: unknown, part?: string) =>
    // The space before each keeps the words apart in text a reader copies or innerText gives.
    html` <span class=${cls} part=${ifDefined(part)} id=${id(what)} aria-hidden="true">${text}</span>`;
  const details = [
    channel.recommended && detail('recommended', 'recommended', html`${words.recommended}${channel.reason ? html`<span class="reason"> · ${channel.reason}</span>` : nothing}`, 'recommended'),
    // A number reads left to right in every script; isolated, its "+" stays in front on a right-to-left page.
    channel.phoneNumber && detail('number', 'channel-number', html`<bdi dir="ltr">${channel.phoneNumber}</bdi>`),
    channel.description && detail('description', 'channel-description', channel.description),
    channel.address && detail('address', 'channel-detail', channel.address),
    detail('status', 'status', channel.status, 'channel-status'),
    (channel.wait || channel.cost) &&
      detail(
        'wait',
        'channel-detail',
        html`${channel.live ? html`<span class="live">${words.live}</span><span class="visually-hidden"> (${words.liveLabel})</span> ` : nothing}${[channel.wait, channel.cost].filter(Boolean).join(' · ')}`,
      ),
    channel.external && detail('external', 'visually-hidden', words.opensInNewTab),
  ];
  const described = ['recommended', 'number', 'description', 'address', 'status', 'wait', 'external'].filter((_, index) => details[index]);
  const content = html`
    <span class="channel-icon">${icon(channel.type)}</span>
    <span class="channel-main"><span class="channel-label">${channel.label}</span>${details.filter(Boolean)}</span>
  `;
  return channelAction(channel, content, { card: { description: described.map(id).join(' ') }, linkClass: 'channel-action', buttonClass: 'channel-action' }, onSelect);
}

/**
 * What picking a channel does, wherever it is offered: follow its link (a new tab when it leaves
 * the site) or press a button; either way through `onSelect`, so the events always fire.
 */
export function channelAction(
  channel: ChannelView,
  content: unknown,
  look: { card?: { description: string }; linkClass?: string; buttonClass: string },
  onSelect: (channel: ChannelView) => void,
): TemplateResult {
  const select = () => onSelect(channel);
  // The state beside the plain name: `::part()` takes no attribute selectors, so a site styles a closed channel with `::part(channel-closed)`.
  const part = look.card ? `channel channel-${channel.open ? 'open' : 'closed'}` : undefined;
  const id = look.card ? channel.id : undefined;
  const description = look.card?.description;
  if (channel.action === 'link' && channel.href) {
    return html`<a
      class=${ifDefined(look.linkClass)}
      part=${ifDefined(part)}
      data-channel=${ifDefined(id)}
      aria-describedby=${ifDefined(description)}
      href=${channel.href}
      target=${channel.external ? '_blank' : nothing}
      rel=${channel.external ? 'noopener noreferrer' : nothing}
      @click=${select}
      >${content}</a
    >`;
  }
  return html`<button
    class=${look.buttonClass}
    part=${ifDefined(part)}
    data-channel=${ifDefined(id)}
    aria-describedby=${ifDefined(description)}
    type="button"
    @click=${select}
  >${content}</button>`;
}
