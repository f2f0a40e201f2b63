// A Vue 3 app with the README's recipe: the tag declared a custom element, a policy URL or object
// (`:policy.prop`), and `@kw-…` listeners. The test drives it through window.kwVue.
import { createApp, reactive } from 'vue';
import type { KwEventMap } from '../../../src/events.js';

interface VueState {
  shown: boolean;
  widgetKey: string;
  policy: string | object;
  topic: string;
  lang: string;
}

declare global {
  interface Window {
    kwVue: { state: VueState; unmount(): void };
    kwVueSelected: KwEventMap['kw-channel-select'][];
  }
}

const state = reactive<VueState>({ shown: true, widgetKey: 'one', policy: '/demo/contact-policy.json', topic: 'factuur', lang: '' });
window.kwVueSelected = [];

const app = createApp({
  setup: () => ({ state, onSelect: (event: CustomEvent<KwEventMap['kw-channel-select']>) => window.kwVueSelected.push(event.detail) }),
  template: `
    <kanaal-wijzer
      v-if="state.shown"
      :key="state.widgetKey"
      :policy.prop="state.policy"
      :topic="state.topic"
      :lang="state.lang || undefined"
      @kw-channel-select="onSelect"
    />`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'kanaal-wijzer';
app.mount('#app');
window.kwVue = { state, unmount: () => app.unmount() };
