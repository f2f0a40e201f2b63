/** Templates for the panel's home: notices, self-service tasks, the urgency row and the channel cards. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { ifDefined } from 'lit-html/directives/if-defined.js';
import { URGENCIES, type Urgency } from '../../../policy/ranking.js';
import { icon } from './icons.js';
import type { NoticeClamp } from './notice-clamp.js';
import type { ChannelView, NoticeView, TaskView } from './panel-view.js';
import type { Strings } from '../../../i18n/panel-strings.js';

export function notices(list: NoticeView[], words: Strings, clamp: NoticeClamp) {
  if (list.length === 0) return nothing;
  return html`<div class="notices">
    ${list.map((notice) => {
      const long = clamp.long(notice.id);
      const clamped = clamp.clamped(notice.id);
      return html`
        <div class="notice" part="notice" data-level=${notice.level} role=${notice.level === 'info' ? 'note' : 'alert'}>
          ${icon(notice.level === 'info' ? 'info' : 'warning')}
          <div>
            <p class="notice-text ${clamped ? 'clamped' : ''}" data-notice=${notice.id}><strong>${notice.levelLabel}</strong> ${notice.text}</p>
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
 * A channel card. Its accessible name starts with the channel's own name, so a screen reader
 * user hears "Chat met een medewerker, aanbevolen, …" and not the badge first.
 */
export function channelCard(channel: ChannelView, words: Strings, onSelect: (channel: ChannelView) => void) {
  const content = html`
    <span class="channel-icon">${icon(channel.type)}</span>
    <span class="channel-main">
      <span class="channel-label">${channel.label}${channel.recommended ? html`<span class="visually-hidden">,</span>` : nothing}</span>
      ${channel.recommended
        ? html`<span class="recommended" part="recommended">${words.recommended}${channel.reason ? html`<span class="reason"> · ${channel.reason}</span>` : nothing}</span>`
        : nothing}
      ${channel.phoneNumber ? html`<span class="channel-number">${channel.phoneNumber}</span>` : nothing}
      ${channel.description ? html`<span class="channel-description">${channel.description}</span>` : nothing}
      ${channel.address ? html`<span class="channel-detail">${channel.address}</span>` : nothing}
      <span class="status" part="channel-status">${channel.status}</span>
      ${channel.wait || channel.cost
        ? html`<span class="channel-detail"
            >${channel.live ? html`<span class="live" title=${words.liveLabel}>${words.live}</span> ` : nothing}${[channel.wait, channel.cost]
              .filter(Boolean)
              .join(' · ')}</span
          >`
        : nothing}
      ${channel.external ? html`<span class="visually-hidden">${words.opensInNewTab}</span>` : nothing}
    </span>
  `;
  return channelAction(channel, content, { card: true, linkClass: 'channel-action', buttonClass: 'channel-action' }, onSelect);
}

/**
 * What picking a channel does, wherever it is offered: follow its link (a new tab when it leaves
 * the site) or press a button; either way through `onSelect`, so the events always fire.
 */
export function channelAction(
  channel: ChannelView,
  content: unknown,
  look: { card?: boolean; linkClass?: string; buttonClass: string },
  onSelect: (channel: ChannelView) => void,
): TemplateResult {
  const select = () => onSelect(channel);
  const part = look.card ? 'channel' : undefined;
  const id = look.card ? channel.id : undefined;
  if (channel.action === 'link' && channel.href) {
    return html`<a
      class=${ifDefined(look.linkClass)}
      part=${ifDefined(part)}
      data-channel=${ifDefined(id)}
      href=${channel.href}
      target=${channel.external ? '_blank' : nothing}
      rel=${channel.external ? 'noopener noreferrer' : nothing}
      @click=${select}
      >${content}</a
    >`;
  }
  return html`<button class=${look.buttonClass} part=${ifDefined(part)} data-channel=${ifDefined(id)} type="button" @click=${select}>${content}</button>`;
}
