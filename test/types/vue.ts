// Vue 3's GlobalComponents entry for <kanaal-wijzer>, as vue-tsc checks a template against it,
// checked against the package as published: the @ts-expect-error lines must stay errors.
import type {} from 'kanaalwijzer/vue';
import type { GlobalComponents } from 'vue';

type Props = InstanceType<GlobalComponents['kanaal-wijzer']>['$props'];

export const recipe: Props = {
  policy: '/contact-policy.json',
  topic: 'factuur',
  'onkw-channel-select': (event) => event.detail.channel.toUpperCase(),
  'onkw-faq-suggest': (event) => event.detail.results.map((result) => result.score),
};

export const withObject: Props = { policy: { version: 1 }, mode: 'launcher' };

// @ts-expect-error a misspelt attribute
export const misspelt: Props = { polcy: '/contact-policy.json' };

// @ts-expect-error a mode that does not exist
export const badMode: Props = { mode: 'floating' };

export const wrongDetail: Props = {
  // @ts-expect-error kw-faq-suggest's results are objects with an id and a score, not strings
  'onkw-faq-suggest': (event) => event.detail.results.map((result) => result.toUpperCase()),
};
