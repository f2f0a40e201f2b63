// The widget as an SSR app renders it: a policy URL, or the policy as a child
// <script type="application/json">; events through a ref, since React does not attach onkw-…
// props to a hydrated custom element (react/react#35446).
import { useEffect, useRef, type ReactNode } from 'react';
import type { KwEventMap } from '../../../src/events.js';

export interface SsrProps {
  policy: { url: string } | { inline: string };
  topic: string;
}

declare global {
  interface Window {
    kwSsrSelected: KwEventMap['kw-channel-select'][];
  }
}

export function SsrWidget({ policy, topic }: SsrProps): ReactNode {
  const ref = useRef<HTMLElementTagNameMap['kanaal-wijzer']>(null);
  useEffect(() => {
    const widget = ref.current;
    if (!widget) return undefined;
    const onSelect = (event: CustomEvent<KwEventMap['kw-channel-select']>) => window.kwSsrSelected.push(event.detail);
    widget.addEventListener('kw-channel-select', onSelect);
    return () => widget.removeEventListener('kw-channel-select', onSelect);
  }, []);
  return 'url' in policy ? (
    <kanaal-wijzer ref={ref} policy={policy.url} topic={topic} />
  ) : (
    <kanaal-wijzer ref={ref} topic={topic}>
      <script type="application/json" dangerouslySetInnerHTML={{ __html: policy.inline }} />
    </kanaal-wijzer>
  );
}
