// The widget as an SSR app renders it: a policy URL, or the policy as a child
// <script type="application/json">; events through a ref, since React skips a custom element's
// props when it hydrates it (https://github.com/react/react/issues/35446). The URL variant passes
// an onkw- prop as well, so that a test notices when React attaches it; the object variant shows
// the policy object lost to the same bug.
import { useEffect, useRef, type ReactNode } from 'react';
import type { KwEventMap } from '../../../src/events.js';

export interface SsrProps {
  policy: { url: string } | { inline: string } | { object: object };
  topic: string;
}

declare global {
  interface Window {
    kwSsrSelected: KwEventMap['kw-channel-select'][];
    /** What the onkw-channel-select prop heard: nothing while react/react#35446 is open. */
    kwSsrPropSelected: KwEventMap['kw-channel-select'][];
  }
}

const onSelectProp = (event: CustomEvent<KwEventMap['kw-channel-select']>) => window.kwSsrPropSelected.push(event.detail);

export function SsrWidget({ policy, topic }: SsrProps): ReactNode {
  const ref = useRef<HTMLElementTagNameMap['kanaal-wijzer']>(null);
  useEffect(() => {
    const widget = ref.current;
    if (!widget) return undefined;
    const onSelect = (event: CustomEvent<KwEventMap['kw-channel-select']>) => window.kwSsrSelected.push(event.detail);
    widget.addEventListener('kw-channel-select', onSelect);
    return () => widget.removeEventListener('kw-channel-select', onSelect);
  }, []);
  if ('url' in policy) return <kanaal-wijzer ref={ref} policy={policy.url} topic={topic} onkw-channel-select={onSelectProp} />;
  if ('object' in policy) return <kanaal-wijzer ref={ref} policy={policy.object} topic={topic} />;
  return (
    <kanaal-wijzer ref={ref} topic={topic}>
      <script type="application/json" dangerouslySetInnerHTML={{ __html: policy.inline }} />
    </kanaal-wijzer>
  );
}
